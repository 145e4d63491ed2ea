package com.agentacademy.gift;

import java.util.Objects;

/**
 * One pair of a matching question, written {@code =left -> right}. An empty {@code left} makes
 * {@code right} an extra wrong choice that belongs to no item.
 */
public record GiftMatch(String left, String right) {

    public GiftMatch {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
