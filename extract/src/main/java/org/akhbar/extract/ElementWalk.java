package org.akhbar.extract;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * The elements of a subtree in document order, its root first: what {@code
 * root.getAllElements()} lists, handed out one at a time without building the list. It steps
 * by child index, keeping the path's indexes on a stack: {@code nextElementSibling()} finds a
 * node's place among its siblings again at every step, which showed in the profile.
 * Iterative, so deeply nested markup cannot overflow the stack. The subtree must not change
 * during the walk.
 */
final class ElementWalk {

    private final Element root;
    /** The child index of each element on the path below the root to the current one. */
    private int[] path = new int[16];
    private int depth;
    private Element current;
    private boolean started;

    ElementWalk(Element root) {
        this.root = root;
    }

    /** The next element in document order: the root on the first call, null after the last. */
    Element next() {
        if (!started) {
            started = true;
            current = root;
            return root;
        }
        Element e = current;
        if (e == null) {
            return null;
        }
        int from = 0;
        while (true) {
            for (int i = from, n = e.childNodeSize(); i < n; i++) {
                if (e.childNode(i) instanceof Element child) {
                    if (depth == path.length) {
                        path = Arrays.copyOf(path, depth * 2);
                    }
                    path[depth++] = i;
                    current = child;
                    return child;
                }
            }
            if (e == root) {
                current = null;
                return null;
            }
            // No element child left: go on with the parent's children after this one.
            from = path[--depth] + 1;
            e = e.parent();
        }
    }
}
