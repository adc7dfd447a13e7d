pragma Singleton
import QtQuick
import Stockroom.Screens

// Colours, sizes and type for every screen, in one place.
QtObject {
    readonly property color window: "#f4f6f8"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f8fafc"
    readonly property color border: "#e2e8f0"
    readonly property color rail: "#1e293b"
    readonly property color railText: "#cbd5e1"
    readonly property color railActive: "#334155"
    readonly property color text: "#0f172a"
    readonly property color textMuted: "#64748b"
    readonly property color accent: "#0f766e"
    readonly property color accentSoft: "#ccfbf1"
    readonly property color selection: "#e0f2f1"
    readonly property color good: "#15803d"
    readonly property color goodSoft: "#dcfce7"
    readonly property color warn: "#b45309"
    readonly property color warnSoft: "#fef3c7"
    readonly property color warnDot: "#f59e0b"
    // A row that someone else just changed, fading out.
    readonly property color flash: "#fde68a"
    readonly property color bad: "#b91c1c"
    readonly property color badSoft: "#fee2e2"
    readonly property int radius: 6
    readonly property int rowHeight: 44
    readonly property int cellInset: 14
    readonly property int scrollBarRoom: 12
    readonly property int fontSmall: 11
    readonly property int fontBody: 13
    readonly property int fontTitle: 18
    readonly property string monoFamily: "DejaVu Sans Mono"
}
