package dev.waitingroom.adapter.inmemory;

import java.util.Arrays;

/**
 * Arrival slots 1, 2, 3, ... of one queue, each present or gone, with the number of present slots
 * up to a given one in O(log N): a Fenwick tree that doubles when full. Not thread-safe.
 */
final class ArrivalIndex {

    private int[] tree = new int[1 + 1024]; // index 0 unused; capacity is a power of two
    private int capacity = 1024;
    private int lastSlot;
    private int present;

    /** Marks the next slot present and returns it. */
    int append() {
        if (lastSlot == capacity) {
            grow();
        }
        lastSlot++;
        add(lastSlot, 1);
        present++;
        return lastSlot;
    }

    void remove(int slot) {
        add(slot, -1);
        present--;
    }

    /** How many present slots are at or before {@code slot}: the 1-based position of a present slot. */
    int rank(int slot) {
        int sum = 0;
        for (int i = slot; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    int size() {
        return present;
    }

    private void add(int slot, int delta) {
        for (int i = slot; i <= capacity; i += i & -i) {
            tree[i] += delta;
        }
    }

    // With a power-of-two capacity C, doubling leaves every old node valid; of the new nodes only
    // node 2C covers old slots (it covers all of them), and every other new node covers new, empty slots.
    private void grow() {
        if (capacity > (1 << 29)) {
            throw new IllegalStateException("queue slots exhausted");
        }
        int doubled = capacity * 2;
        tree = Arrays.copyOf(tree, doubled + 1);
        tree[doubled] = present;
        capacity = doubled;
    }
}
