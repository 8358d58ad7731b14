package org.ascassure.reports.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart as a PNG, drawn with Java 2D (no fonts, no display needed): one bar per
 * value, its length proportional. The words belong in the page beside it — its alt text and a table
 * with the same figures — so the image carries no text of its own.
 */
public final class BarChart {

  /** One bar: its value and its colour as {@code #rrggbb}. */
  public record Bar(int value, String colour) {}

  private static final int WIDTH = 1200;
  private static final int BAR = 56;
  private static final int GAP = 20;

  private BarChart() {}

  /** The chart as a {@code data:} URI for an {@code img} element. */
  public static String dataUri(List<Bar> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    int height = GAP + bars.size() * (BAR + GAP);
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setColor(new Color(0x6f777b));
      g.fillRect(0, 0, 3, height);
      int y = GAP;
      for (Bar bar : bars) {
        g.setColor(Color.decode(bar.colour()));
        int length = (int) Math.round((WIDTH - 20) * (bar.value() / (double) max));
        g.fillRect(3, y, Math.max(bar.value() == 0 ? 0 : 6, length), BAR);
        y += BAR + GAP;
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }
}
