import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// One line of the count sheet: the position as loaded, what was counted, the variance, and what
// became of the count.
ItemDelegate {
    id: root
    required property int index
    required property string sku
    required property string name
    required property string locationCode
    required property string bin
    required property string onHand
    required property string reserved
    required property string counted
    required property string countedProblem
    required property string variance
    required property int varianceSign
    required property string lineState
    required property string message
    required property string newOnHand
    required property string newReserved
    required property var columns
    required property StockCountModel sheet

    height: lineState === "conflict" || lineState === "failed" ? 76 : Theme.rowHeight
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom
    background: Rectangle {
        color: root.lineState === "done" ? "#f0fdf4" : root.lineState === "conflict" ? "#fffbeb"
             : root.lineState === "failed" ? "#fff5f5" : Theme.surface
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
    }

    contentItem: RowLayout {
        spacing: 10
        Label { text: root.sku; font.family: Theme.monoFamily; font.pixelSize: 12; elide: Text.ElideRight; Layout.preferredWidth: root.columns.sku }
        Label { text: root.name; elide: Text.ElideRight; color: Theme.text; Layout.fillWidth: true }
        Label { text: root.locationCode; color: Theme.textMuted; font.pixelSize: 12; elide: Text.ElideRight; Layout.preferredWidth: root.columns.location }
        Label { text: root.bin; color: Theme.textMuted; font.family: Theme.monoFamily; font.pixelSize: 12; elide: Text.ElideRight; Layout.preferredWidth: root.columns.bin }
        Label { text: root.onHand; horizontalAlignment: Text.AlignRight; color: Theme.text; Layout.preferredWidth: root.columns.qty }
        TextField {
            id: input
            objectName: "counted_" + root.sku + "_" + root.locationCode
            text: root.counted
            enabled: root.lineState === "open" || root.lineState === "failed"
            selectByMouse: true
            horizontalAlignment: Text.AlignRight
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Layout.preferredWidth: root.columns.counted
            onTextEdited: root.sheet.setCounted(root.index, text)
            // Enter moves on to the next line, as counting goes shelf by shelf.
            Keys.onReturnPressed: nextItemInFocusChain().forceActiveFocus()
            ToolTip.visible: activeFocus && root.countedProblem.length > 0
            ToolTip.text: root.countedProblem
            Rectangle {
                anchors.fill: parent
                visible: root.countedProblem.length > 0
                color: "transparent"
                radius: 3
                border.color: Theme.bad
                border.width: 2
            }
        }
        Label {
            objectName: "variance_" + root.sku + "_" + root.locationCode
            text: root.variance
            horizontalAlignment: Text.AlignRight
            font.weight: Font.DemiBold
            color: root.varianceSign < 0 ? Theme.bad : root.varianceSign > 0 ? Theme.good : Theme.textMuted
            Layout.preferredWidth: root.columns.variance
        }
        ColumnLayout {
            spacing: 2
            Layout.preferredWidth: 230
            Layout.fillWidth: false
            Layout.alignment: Qt.AlignVCenter
            Label {
                objectName: "lineState_" + root.sku + "_" + root.locationCode
                text: root.lineState === "done" ? qsTr("✓ Recorded")
                      : root.lineState === "sending" ? qsTr("Recording…")
                      : root.lineState === "discarded" ? qsTr("Discarded; now %1 on hand").arg(root.onHand)
                      : root.lineState === "conflict"
                        ? (root.newOnHand.length > 0
                           ? qsTr("Changed meanwhile: on hand %1 → %2, reserved %3 → %4").arg(root.onHand).arg(root.newOnHand).arg(root.reserved).arg(root.newReserved)
                           : qsTr("Changed meanwhile; reading it again…"))
                      : root.lineState === "failed" ? root.message : ""
                color: root.lineState === "done" ? Theme.good : root.lineState === "failed" ? Theme.bad
                       : root.lineState === "conflict" ? Theme.warn : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: root.lineState === "open" ? Font.Normal : Font.DemiBold
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            RowLayout {
                visible: root.lineState === "conflict" && root.newOnHand.length > 0
                spacing: 6
                Button {
                    objectName: "reapply_" + root.sku + "_" + root.locationCode
                    text: qsTr("Re-apply count")
                    highlighted: true
                    onClicked: root.sheet.reapply(root.index)
                }
                Button {
                    objectName: "discard_" + root.sku + "_" + root.locationCode
                    text: qsTr("Discard")
                    onClicked: root.sheet.discard(root.index)
                }
            }
        }
    }
}
