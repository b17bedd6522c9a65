package vn.sochibo.application.document;

import java.util.Objects;

/**
 * One page of a rendered document as plain pixels, for an on-screen preview: no toolkit type, so that any
 * screen technology can show it.
 *
 * @param width  width in pixels
 * @param height height in pixels
 * @param argb   the pixels row by row, top left first, one {@code 0xAARRGGBB} int each (opaque, not
 *               premultiplied); {@code width * height} long. Shared, not copied: do not change it.
 */
public record PageImage(int width, int height, int[] argb) {
    public PageImage {
        Objects.requireNonNull(argb, "argb");
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " page needs " + (long) width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** The pixel at column x, row y. */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
