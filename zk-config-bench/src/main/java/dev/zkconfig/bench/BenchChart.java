package dev.zkconfig.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Draws the key latencies of a run as grouped bars on a logarithmic scale, headless, with
 * Java2D. A group shows a bar for each contender that has a figure, so groups measured
 * without zk-config's guard off are shorter.
 */
final class BenchChart {

	private static final int WIDTH = 900;

	private static final int LEFT = 260;

	private static final int RIGHT = 60;

	private static final int TOP = 60;

	private static final int BAR = 16;

	private static final int GROUP_GAP = 26;

	private static final Color[] COLORS = { new Color(0xC0504D), new Color(0x2E8B57), new Color(0x9BD3AE),
			new Color(0x808080) };

	/** The contenders, in the order of a group's values. */
	static final String[] NAMES = { "stock starter", "zk-config", "zk-config, guard off", "bare Curator floor" };

	private BenchChart() {
	}

	/**
	 * A group of bars.
	 *
	 * @param label what is measured
	 * @param values stock, ours, ours with the guard off, floor in milliseconds;
	 * {@code NaN} for none
	 * @param capped whether the stock value is a cap, not a measurement
	 */
	record Group(String label, double[] values, boolean capped) {

		int bars() {
			return (int) Arrays.stream(this.values).filter((value) -> !Double.isNaN(value)).count();
		}

	}

	static void write(List<Group> groups, String title, Path file) throws IOException {
		write(groups, title, "ms", "milliseconds", file);
	}

	/**
	 * Draw groups of figures in a unit of their own.
	 * @param unit the unit after each figure, such as {@code ms}
	 * @param unitName the unit's name in the legend, such as {@code milliseconds}
	 */
	static void write(List<Group> groups, String title, String unit, String unitName, Path file) throws IOException {
		int plotHeight = groups.stream().mapToInt((group) -> group.bars() * BAR + GROUP_GAP).sum();
		int height = TOP + plotHeight + 90;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, height);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString(title, 20, 28);
		double min = 0.1;
		double max = 1;
		for (Group group : groups) {
			for (double value : group.values()) {
				if (!Double.isNaN(value)) {
					max = Math.max(max, value);
				}
			}
		}
		double decades = Math.ceil(Math.log10(max / min));
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotBottom = TOP + plotHeight;
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		for (int d = 0; d <= decades; d++) {
			int x = LEFT + (int) (plotWidth * d / decades);
			g.setColor(new Color(0xDDDDDD));
			g.drawLine(x, TOP - 5, x, plotBottom);
			g.setColor(Color.DARK_GRAY);
			g.drawString(axisLabel(min * Math.pow(10, d)), x - 12, plotBottom + 15);
		}
		int y = TOP;
		for (Group group : groups) {
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
			g.drawString(group.label(), 12, y + BAR * 2);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			int barY = y - BAR;
			for (int c = 0; c < NAMES.length; c++) {
				double value = group.values()[c];
				if (Double.isNaN(value)) {
					continue;
				}
				barY += BAR;
				int length = (int) Math.max(2, plotWidth * Math.log10(Math.max(value, min) / min) / decades);
				g.setColor(COLORS[c]);
				g.fillRect(LEFT, barY, length, BAR - 3);
				boolean capped = c == 0 && group.capped();
				if (capped) {
					g.setColor(Color.WHITE);
					g.setStroke(new BasicStroke(2));
					for (int x = LEFT + 6; x < LEFT + length; x += 10) {
						g.drawLine(x, barY + BAR - 3, x + 6, barY);
					}
				}
				g.setColor(Color.BLACK);
				String text = BenchReport.ms(value) + " " + unit + (capped ? " (capped)" : "");
				g.drawString(text, Math.min(LEFT + length + 4, WIDTH - 95), barY + BAR - 5);
			}
			y += group.bars() * BAR + GROUP_GAP;
		}
		int legendY = plotBottom + 40;
		for (int c = 0; c < NAMES.length; c++) {
			int x = LEFT + c * 160;
			g.setColor(COLORS[c]);
			g.fillRect(x, legendY - 10, 14, 12);
			g.setColor(Color.BLACK);
			g.drawString(NAMES[c], x + 20, legendY);
		}
		g.drawString(unitName + ", log scale; shorter is better; hatched: capped, the real figure is larger", LEFT,
				legendY + 22);
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
	}

	private static String axisLabel(double value) {
		return (value < 1) ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value);
	}

}
