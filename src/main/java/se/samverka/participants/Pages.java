package se.samverka.participants;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Rows read a page at a time as they are iterated, so a document streams without the whole set in
 * memory. Each page comes from {@code reader.apply(first, size)}; a short page is the last.
 */
public final class Pages<T> implements Iterator<T> {

    /** Rows read at once: large enough that queries do not dominate, small enough to stay flat. */
    static final int SIZE = 250;

    private final BiFunction<Integer, Integer, List<T>> reader;
    private List<T> page = List.of();
    private int index;
    private int first;
    private boolean last;

    Pages(BiFunction<Integer, Integer, List<T>> reader) {
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (last) {
            return false;
        }
        page = reader.apply(first, SIZE);
        first += page.size();
        index = 0;
        last = page.size() < SIZE;
        return !page.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(index++);
    }
}
