import numpy as np

from exercise import actor_critic_step, td_error

# A corridor of states 0..5: action 0 moves left (not past 0), action 1 moves right; reaching 5 pays 1 and ends the episode.
GOAL = 5


def corridor_step(s, a):
    s_next = max(s - 1, 0) if a == 0 else s + 1
    return (s_next, 1.0, True) if s_next == GOAL else (s_next, 0.0, False)


def _softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def _train(seed, episodes=300):
    rng = np.random.default_rng(seed)
    theta, V = np.zeros((6, 2)), np.zeros(6)
    for _ in range(episodes):
        s = 0
        for _ in range(200):
            a = int(rng.choice(2, p=_softmax(theta[s])))
            s_next, r, done = corridor_step(s, a)
            actor_critic_step(theta, V, s, a, r, s_next, done, 0.5, 0.2, 0.9)
            s = s_next
            if done:
                break
    return theta, V


def check_td_error():
    V = np.array([0.5, 2.0, 4.0])
    got = float(td_error(V, 0, 1.0, 1, False, 0.9))
    assert np.isclose(got, 2.3), f"td_error(V = [0.5, 2, 4], s=0, r=1, s'=1, done=False, γ=0.9) should be 1 + 0.9·2 − 0.5 = 2.3, got {got}"
    got = float(td_error(V, 1, 1.0, 2, True, 0.9))
    assert np.isclose(got, -1.0), (
        f"td_error(V = [0.5, 2, 4], s=1, r=1, s'=2, done=True, γ=0.9) should be 1 − 2 = −1: after a terminal step there is no V[s'] to add; got {got}"
    )


def check_one_update():
    theta = np.zeros((2, 2))
    theta[1] = [3.0, -3.0]
    V = np.array([0.5, 2.0])
    delta = actor_critic_step(theta, V, 0, 1, 1.0, 1, False, 0.1, 0.5, 0.9)
    # δ = 1 + 0.9·2 − 0.5 = 2.3; π(·|0) = (0.5, 0.5), so ∇ = (−0.5, 0.5)
    hint = ""
    if np.allclose(theta[0], [-0.05, 0.05]):
        hint = " The actor moved by the reward (1), not by the TD error δ = 2.3."
    elif np.allclose(theta[0], [0.115, -0.115]):
        hint = " The actor moved the wrong way: add α·δ·(onehot(a) − π)."
    elif np.allclose(theta[0], [-0.0575, 0.0575]):
        hint = " The actor used a smaller δ (1.15), recomputed after the critic had already moved V[0]: compute δ once and use it for both updates."
    assert np.isclose(float(delta), 2.3), f"actor_critic_step should return the TD error 1 + 0.9·2 − 0.5 = 2.3, got {delta}"
    assert np.allclose(theta[0], [-0.115, 0.115]), (
        f"actor: θ[0] should become 0.1·2.3·(onehot(1) − (0.5, 0.5)) = (−0.115, 0.115), got {theta[0].tolist()}.{hint}"
    )
    assert np.array_equal(theta[1], [3.0, -3.0]), f"only row θ[s] = θ[0] may change, but θ[1] is now {theta[1].tolist()}"
    assert np.isclose(V[0], 0.5 + 0.5 * 2.3) and V[1] == 2.0, (
        f"critic: V[0] should become 0.5 + 0.5·2.3 = 1.65 and V[1] stay 2.0, got V = {V.tolist()}"
    )


def check_actor_uses_the_td_error_from_before_the_critic_update():
    theta = np.zeros((2, 2))
    V = np.array([1.0, 0.0])
    actor_critic_step(theta, V, 0, 0, 1.0, 1, True, 1.0, 1.0, 0.9)
    # δ = 1 − 1 = 0: the reward was exactly what the critic expected, so the actor must not move.
    assert np.allclose(theta, 0.0) and np.isclose(V[0], 1.0), (
        f"the critic expected V[0] = 1 and the step paid exactly 1 (terminal), so δ = 0 and neither θ nor V should change; "
        f"got θ[0] = {theta[0].tolist()}, V[0] = {V[0]}. Is the actor driven by δ, computed once before the critic moves?"
    )


def check_learns_to_walk_right():
    for seed in (0, 1, 2):
        theta, V = _train(seed)
        right = np.array([_softmax(theta[s])[1] for s in range(5)])
        assert np.all(right > 0.9), (
            f"after 300 episodes (seed {seed}) the actor should move right with probability > 0.9 in every state 0–4, got {np.round(right, 3).tolist()}"
        )
        assert abs(V[4] - 1.0) < 0.02 and abs(V[3] - 0.9) < 0.05, (
            f"the critic should learn V(4) ≈ 1 (one step from the goal) and V(3) ≈ 0.9 (γ = 0.9), got V = {np.round(V, 3).tolist()}"
        )
