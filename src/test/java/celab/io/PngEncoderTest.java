package celab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The app's PNG files, read back by an independent decoder (the JDK's ImageIO, in tests only). */
class PngEncoderTest {

    private static int[] decode(byte[] png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertTrue(image.getColorModel().hasAlpha(), "RGBA keeps the alpha channel");
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    @Property(tries = 60)
    void everyPixelReadsBackExactly(@ForAll @IntRange(min = 1, max = 40) int width,
                                    @ForAll @IntRange(min = 1, max = 40) int height,
                                    @ForAll long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            // a mix of flat runs and noise, so every filter type gets chosen somewhere
            argb[i] = random.nextInt(4) == 0 ? random.nextInt() : i > 0 ? argb[i - 1] + random.nextInt(3) : 0xff204060;
        }
        assertArrayEquals(argb, decode(PngEncoder.encode(width, height, argb), width, height));
    }

    @Test
    void transparentAndOpaqueExtremesSurvive() throws IOException {
        int[] argb = {0x00000000, 0xffffffff, 0x80ff0000, 0x7f00ff00, 0x01000001, 0xfe123456};
        assertArrayEquals(argb, decode(PngEncoder.encode(3, 2, argb), 3, 2));
    }

    @Test
    void aScreenOfFlatColoursIsSmall() throws IOException {
        int w = 1280;
        int h = 800;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // panels, a gradient bar and a diagonal line, as on a screen of the lab
                int c = x < 200 ? 0xff1f2a36 : y < 60 ? 0xfff4f6f8 : 0xffffffff;
                if (y > 300 && y < 500 && x > 400 && x < 900) {
                    c = 0xff000000 | (x - 400) * 255 / 500 << 16 | 0x3060;
                }
                if (Math.abs(x - 2 * y) < 2) {
                    c = 0xffb03040;
                }
                argb[y * w + x] = c;
            }
        }
        byte[] png = PngEncoder.encode(w, h, argb);
        assertArrayEquals(argb, decode(png, w, h));
        assertTrue(png.length < w * h * 4 / 50, "a flat screen compresses well: " + png.length + " bytes");
    }

    @Test
    void aSizeThatDoesNotMatchThePixelsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(2, 2, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(0, 1, new int[0]));
    }
}
