"""Step 1 of the Porter stemmer: see README.md. Replace each `raise NotImplementedError`."""


def is_consonant(word, i):
    """Given: True if word[i] is a consonant (y counts as a vowel after a consonant)."""
    if word[i] in "aeiou":
        return False
    if word[i] == "y":
        return i == 0 or not is_consonant(word, i - 1)
    return True


def measure(stem):
    """Return m, the number of vowel-run/consonant-run (VC) pairs in stem."""
    raise NotImplementedError("measure: walk the letters as a C/V pattern and count each V run that is followed by a C")


def porter_step1(word):
    """Return word after Porter's steps 1a, 1b (with its tidy-up) and 1c."""
    raise NotImplementedError("porter_step1: step 1a, then 1b (eed / ed / ing and the tidy-up), then 1c")
