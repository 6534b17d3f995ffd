from exercise import measure, porter_step1


def check_measure():
    for words, m in ((("tr", "ee", "tree", "y", "by"), 0), (("trouble", "oats", "trees", "ivy"), 1), (("troubles", "private", "oaten", "orrery"), 2)):
        for w in words:
            got = measure(w)
            assert got == m, f"measure('{w}') should be {m}, got {got}. m counts vowel runs that are followed by a consonant run, in [C](VC)^m[V]."


def check_step_1a():
    cases = {"caresses": "caress", "ponies": "poni", "ties": "ti", "caress": "caress", "cats": "cat"}
    for word, expected in cases.items():
        got = porter_step1(word)
        hint = " A word ending in ss keeps it: the ss → ss rule matches before s → (removed)." if word == "caress" else ""
        assert got == expected, f"porter_step1('{word}') should be '{expected}' (step 1a), got '{got}'.{hint}"


def check_step_1b():
    cases = {"feed": "feed", "agreed": "agree", "plastered": "plaster", "bled": "bled", "motoring": "motor", "sing": "sing",
             "connected": "connect", "connecting": "connect", "crying": "cry"}
    for word, expected in cases.items():
        got = porter_step1(word)
        hint = ""
        if word == "feed":
            hint = " 'feed' ends in 'eed', so that rule is chosen; its stem 'f' has m = 0, so nothing happens (do not fall through to 'ed')."
        elif word in ("bled", "sing"):
            hint = f" The stem '{word[:-2] if word == 'bled' else word[:-3]}' has no vowel, so the suffix stays."
        elif word == "crying":
            hint = " In 'cry' the y follows a consonant, so it is a vowel: the stem contains a vowel."
        assert got == expected, f"porter_step1('{word}') should be '{expected}' (step 1b), got '{got}'.{hint}"


def check_step_1b_tidy_up():
    cases = {"conflated": "conflate", "troubled": "trouble", "sized": "size", "hopping": "hop", "tanned": "tan", "falling": "fall",
             "hissing": "hiss", "fizzed": "fizz", "failing": "fail", "filing": "file"}
    for word, expected in cases.items():
        got = porter_step1(word)
        hint = ""
        if word in ("hopping", "tanned"):
            hint = " A double consonant left after removing ed/ing loses its last letter (except ll, ss, zz)."
        elif word in ("falling", "hissing", "fizzed"):
            hint = " ll, ss and zz are kept."
        elif word == "filing":
            hint = " 'fil' has m = 1 and ends consonant–vowel–consonant, so an e is added."
        elif word == "failing":
            hint = " 'fail' ends vowel–vowel–consonant: no e is added."
        assert got == expected, f"porter_step1('{word}') should be '{expected}' (step 1b and its tidy-up), got '{got}'.{hint}"


def check_step_1c():
    for word, expected in {"happy": "happi", "sky": "sky", "by": "by", "daily": "daili"}.items():
        got = porter_step1(word)
        assert got == expected, f"porter_step1('{word}') should be '{expected}' (step 1c: y → i only when the stem before it has a vowel), got '{got}'"
