import QtQuick
import Stockroom.Screens
import QtQuick.Controls

// A small coloured word for a state: Out, Low, Expiring, Expired…
Label {
    id: root
    // "bad", "warn", "good" or "muted"
    property string tone: "muted"
    font.pixelSize: 10
    font.weight: Font.DemiBold
    leftPadding: 6
    rightPadding: 6
    topPadding: 2
    bottomPadding: 2
    color: tone === "bad" ? Theme.bad : tone === "warn" ? Theme.warn : tone === "good" ? Theme.good : Theme.textMuted
    background: Rectangle {
        radius: 3
        color: root.tone === "bad" ? Theme.badSoft : root.tone === "warn" ? "#fef3c7"
             : root.tone === "good" ? Theme.goodSoft : Theme.border
    }
}
