import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One event of the feed: when, a mark of its kind, what happened in words and what it left,
// and who did it. A line about a stock position leads to it on the Stock screen.
ItemDelegate {
    id: root
    required property int index
    required property string title
    required property string detail
    required property string tone
    required property string kind
    required property string time
    required property string actorText
    required property string variantId
    required property string locationId
    required property string sku
    readonly property bool leadsSomewhere: variantId.length > 0 && locationId.length > 0

    height: 54
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom
    hoverEnabled: true

    background: Rectangle {
        color: root.hovered && root.leadsSomewhere ? Theme.surfaceAlt : Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: 12
        Label {
            text: root.time
            font.family: Theme.monoFamily
            font.pixelSize: 12
            color: Theme.textMuted
            Layout.preferredWidth: 96
            Layout.alignment: Qt.AlignVCenter
        }
        // The kind at a glance: a coloured bar, its tone the news (red out, amber low…).
        Rectangle {
            objectName: "toneMark"
            width: 4
            radius: 2
            Layout.preferredHeight: 30
            Layout.alignment: Qt.AlignVCenter
            color: root.tone === "bad" ? Theme.bad
                 : root.tone === "warn" ? Theme.warnDot
                 : root.tone === "good" ? Theme.good : Theme.accent
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            Label {
                objectName: "activityTitle"
                text: root.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                color: root.tone === "bad" ? Theme.bad : Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: root.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: root.actorText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideLeft
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 150
            Layout.alignment: Qt.AlignVCenter
        }
    }

    ToolTip.visible: hovered && leadsSomewhere
    ToolTip.delay: 800
    ToolTip.text: qsTr("Open this item on the Stock screen")
}
