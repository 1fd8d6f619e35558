package org.campaignadvisor.render;

/** What the server-drawn charts share: text made safe inside SVG markup. */
final class Svg {
    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
