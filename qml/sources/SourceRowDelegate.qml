import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One source system: its name and kind, how many ids it maps, and what waits for review.
ItemDelegate {
    id: root
    required property int index
    required property string sourceId
    required property string name
    required property string typeTitle
    required property string vendor
    required property bool active
    required property string mappingCount
    required property int openReviewCount
    required property string lastRun
    property bool selected: ListView.isCurrentItem

    topPadding: 10
    bottomPadding: 10
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    contentItem: ColumnLayout {
        spacing: 2
        opacity: root.active ? 1 : 0.6
        RowLayout {
            spacing: 6
            Layout.fillWidth: true
            Label {
                text: root.name
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            StockBadge {
                visible: root.openReviewCount > 0
                tone: "warn"
                text: qsTr("%1 to review").arg(root.openReviewCount)
            }
            StockBadge {
                visible: !root.active
                text: qsTr("Deactivated")
            }
        }
        Label {
            text: [root.typeTitle.toLowerCase() === root.name.toLowerCase() ? "" : root.typeTitle,
                   root.vendor, qsTr("%1 ids").arg(root.mappingCount)].filter(s => s.length > 0).join(" · ")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: root.lastRun.length > 0
            text: root.lastRun
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
