"""Step 1 of the Porter stemmer: a reference solution."""


def is_consonant(word, i):
    if word[i] in "aeiou":
        return False
    if word[i] == "y":
        return i == 0 or not is_consonant(word, i - 1)
    return True


def measure(stem):
    pattern = "".join("c" if is_consonant(stem, i) else "v" for i in range(len(stem)))
    return pattern.count("vc")


def has_vowel(stem):
    return any(not is_consonant(stem, i) for i in range(len(stem)))


def ends_double_consonant(stem):
    return len(stem) >= 2 and stem[-1] == stem[-2] and is_consonant(stem, len(stem) - 1)


def ends_cvc(stem):
    return (len(stem) >= 3 and is_consonant(stem, len(stem) - 3) and not is_consonant(stem, len(stem) - 2)
            and is_consonant(stem, len(stem) - 1) and stem[-1] not in "wxy")


def porter_step1(word):
    # 1a
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("ss"):
        pass
    elif word.endswith("s"):
        word = word[:-1]
    # 1b
    stripped = False
    if word.endswith("eed"):
        if measure(word[:-3]) > 0:
            word = word[:-1]
    elif word.endswith("ed") and has_vowel(word[:-2]):
        word, stripped = word[:-2], True
    elif word.endswith("ing") and has_vowel(word[:-3]):
        word, stripped = word[:-3], True
    if stripped:
        if word.endswith(("at", "bl", "iz")):
            word += "e"
        elif ends_double_consonant(word) and word[-1] not in "lsz":
            word = word[:-1]
        elif measure(word) == 1 and ends_cvc(word):
            word += "e"
    # 1c
    if word.endswith("y") and has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word
