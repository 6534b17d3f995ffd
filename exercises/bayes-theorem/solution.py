"""Bayes' theorem for a diagnostic test: a reference solution."""


def posterior_positive(prior, sensitivity, false_positive_rate):
    return posterior_after(prior, sensitivity, false_positive_rate, [True])


def posterior_after(prior, sensitivity, false_positive_rate, results):
    belief = prior
    for positive in results:
        if positive:
            if_sick, if_healthy = sensitivity, false_positive_rate
        else:
            if_sick, if_healthy = 1 - sensitivity, 1 - false_positive_rate
        evidence = if_sick * belief + if_healthy * (1 - belief)
        belief = if_sick * belief / evidence
    return belief
