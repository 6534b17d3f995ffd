import numpy as np

from exercise import q_learning, q_update

# A 4 × 4 grid world: states 0..15 row by row, start 0 (top left), goal 15 (bottom right, reward +1),
# pits at 5 and 10 (reward -1). Both end the episode. Actions: 0 up, 1 right, 2 down, 3 left;
# walking into a wall leaves the agent where it is. Every other step gives reward 0.
GOAL, PITS = 15, (5, 10)
MOVES = {0: (-1, 0), 1: (0, 1), 2: (1, 0), 3: (0, -1)}


def grid_step(s, a):
    row, col = divmod(s, 4)
    dr, dc = MOVES[a]
    row, col = min(max(row + dr, 0), 3), min(max(col + dc, 0), 3)
    s_next = 4 * row + col
    if s_next == GOAL:
        return s_next, 1.0, True
    if s_next in PITS:
        return s_next, -1.0, True
    return s_next, 0.0, False


def _greedy_path(Q, start=0, limit=20):
    path, s = [start], start
    for _ in range(limit):
        s, r, done = grid_step(s, int(np.argmax(Q[s])))
        path.append(s)
        if done:
            break
    return path


def check_update_bootstraps_from_the_best_next_action():
    Q = np.zeros((2, 2))
    Q[1] = [0.5, 2.0]
    delta = q_update(Q, 0, 0, 1.0, 1, False, 0.5, 0.9)
    hint = ""
    if np.isclose(Q[0, 0], 0.5 * (1 + 0.9 * 0.5)):
        hint = " You used Q[s', a] (the same action again, like SARSA); Q-learning uses the best next action, max over a' of Q[s', a']."
    assert np.isclose(Q[0, 0], 1.4) and np.isclose(float(delta), 2.8), (
        "q_update(Q, s=0, a=0, r=1, s'=1, done=False, alpha=0.5, gamma=0.9) with Q[1] = [0.5, 2.0]: the target is 1 + 0.9·max(0.5, 2.0) = 2.8, "
        f"the TD error 2.8 − 0 = 2.8, and Q[0, 0] becomes 0 + 0.5·2.8 = 1.4; got Q[0, 0] = {Q[0, 0]}, returned {delta}.{hint}"
    )
    assert np.array_equal(Q[1], [0.5, 2.0]) and Q[0, 1] == 0, f"q_update should change only Q[s, a], but Q is now {Q.tolist()}"


def check_update_stops_at_terminal_states():
    Q = np.zeros((2, 2))
    Q[1] = [0.5, 2.0]
    Q[0, 1] = 0.2
    delta = q_update(Q, 0, 1, 1.0, 1, True, 0.5, 0.9)
    assert np.isclose(Q[0, 1], 0.6) and np.isclose(float(delta), 0.8), (
        "q_update(Q, s=0, a=1, r=1, s'=1, done=True, alpha=0.5, gamma=0.9) with Q[0, 1] = 0.2: after a terminal step there is no future, "
        f"so the target is just r = 1, the TD error 0.8 and Q[0, 1] becomes 0.6; got Q[0, 1] = {Q[0, 1]}, returned {delta}. "
        "Don't add gamma · max Q[s'] when done is True"
    )


def check_learns_the_shortest_safe_path():
    Q = np.asarray(q_learning(grid_step, 16, 4, 0, 500, alpha=0.5, gamma=0.9, epsilon=0.2, seed=1), dtype=float)
    assert Q.shape == (16, 4), f"q_learning should return a (n_states, n_actions) = (16, 4) table, got shape {Q.shape}"
    path = _greedy_path(Q)
    assert path[-1] == GOAL and len(path) == 7, (
        f"after 500 episodes, following the greedy action from the start should reach the goal 15 in 6 steps around the pits 5 and 10; "
        f"the greedy path is {path}"
    )


def check_values_are_those_of_the_greedy_policy():
    Q = np.asarray(q_learning(grid_step, 16, 4, 0, 500, alpha=0.5, gamma=0.9, epsilon=0.2, seed=1), dtype=float)
    path = _greedy_path(Q)
    for i, s in enumerate(path[:-1]):
        steps_left = len(path) - 1 - i
        value = 0.9 ** (steps_left - 1)
        assert abs(Q[s].max() - value) < 0.01, (
            f"on the greedy path {path}, state {s} is {steps_left} steps from the goal, so max Q[{s}] should be close to "
            f"0.9^{steps_left - 1} = {value:.5f} (reward 1 at the last step, γ = 0.9); got {Q[s].max():.5f}. Q-learning is off-policy: "
            "even while exploring with epsilon = 0.2 it learns the values of the greedy policy, because its target uses max over a'"
        )


def check_is_deterministic():
    a = np.asarray(q_learning(grid_step, 16, 4, 0, 50, seed=7), dtype=float)
    b = np.asarray(q_learning(grid_step, 16, 4, 0, 50, seed=7), dtype=float)
    assert np.array_equal(a, b), "q_learning with the same seed should give the same table: draw every random number from np.random.default_rng(seed)"
