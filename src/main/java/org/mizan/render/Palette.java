package org.mizan.render;

import org.mizan.brief.Tone;

/**
 * The brief's colours as RGB ints, shared by both renderers and the figures so the formats look alike.
 * Muted, print-safe tones; text on every fill stays readable in grey-scale.
 */
public final class Palette {

    public static final int INK = 0x1F2933;
    public static final int MUTED = 0x52606D;
    public static final int RULE = 0xCBD2D9;
    public static final int ACCENT = 0x1F4E79;
    public static final int HEADER_FILL = 0xE4E7EB;

    private Palette() {
    }

    public static int fill(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> 0xFFFFFF;
            case LOW -> 0xDCEFD9;
            case MEDIUM -> 0xFFF1C2;
            case HIGH -> 0xFAD4B5;
            case CRITICAL -> 0xF4B4B4;
        };
    }

    public static int stroke(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> MUTED;
            case LOW -> 0x3F7D3A;
            case MEDIUM -> 0x9A7B00;
            case HIGH -> 0xB85C1E;
            case CRITICAL -> 0xA61B1B;
        };
    }

    /**
     * The width of an arrow of this tone: stronger is heavier, so the strengths stay apart in grey-scale print,
     * where the red of "critical" and the orange of "strong" look alike.
     */
    public static double strokeWidth(Tone tone) {
        return switch (tone) {
            case NEUTRAL, MEDIUM -> 1.1;
            case LOW -> 0.8;
            case HIGH -> 1.5;
            case CRITICAL -> 2.0;
        };
    }
}
