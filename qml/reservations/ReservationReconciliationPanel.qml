import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Reconciliation: for the location the list shows (or every one in scope), whether each stock
// position's reserved quantity equals the sum of its active reservations — the totals, any
// position that disagrees (choosing one filters the list to it), and how many active
// reservations are past their time.
Rectangle {
    id: root
    required property ReservationReconciliationController controller
    property string scopeText: ""
    signal mismatchChosen(string sku, string locationId)

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: body.implicitHeight + 24

    component Tile: ColumnLayout {
        property alias title: tileTitle.text
        property alias value: tileValue.text
        property color valueColor: Theme.text
        property string valueName: ""
        spacing: 2
        Layout.preferredWidth: 150
        Label { id: tileTitle; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
        Label { id: tileValue; objectName: parent.valueName; font.pixelSize: 17; font.weight: Font.DemiBold; color: parent.valueColor }
    }

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12; leftMargin: 16; rightMargin: 16 }
        spacing: 10

        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Label { text: qsTr("Reconciliation"); font.pixelSize: 15; font.weight: Font.Bold; color: Theme.text }
            // Where, and when the figures were read (one label: it takes the room that is left).
            Label {
                objectName: "checkedAt"
                text: root.controller.checkedAt.length > 0
                      ? qsTr("%1 · checked at %2").arg(root.scopeText).arg(root.controller.checkedAt)
                      : root.scopeText
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: root.controller.loading
                Layout.preferredWidth: 22
                Layout.preferredHeight: 22
            }
            Button {
                objectName: "checkAgainButton"
                text: qsTr("Check again")
                flat: true
                enabled: !root.controller.loading
                onClicked: root.controller.refresh()
            }
        }

        Label {
            visible: root.controller.errorText.length > 0
            text: root.controller.errorText
            color: Theme.bad
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            visible: root.controller.loadedOnce && root.controller.errorText.length === 0
            spacing: 16
            Layout.fillWidth: true
            Tile { title: qsTr("Positions checked"); value: root.controller.positions; valueName: "positionsChecked" }
            Tile { title: qsTr("Reserved on positions"); value: root.controller.totalReserved; valueName: "totalReserved" }
            Tile { title: qsTr("Held by active reservations"); value: root.controller.totalHeld; valueName: "totalHeld"; Layout.preferredWidth: 180 }
            Tile { title: qsTr("Active reservations"); value: root.controller.activeReservations; valueName: "activeReservations" }
            Tile {
                title: qsTr("Past their time, still active")
                value: root.controller.overdue
                valueName: "overdueCount"
                valueColor: root.controller.overdue > 0 ? Theme.warn : Theme.text
                Layout.preferredWidth: 180
            }
            Tile {
                title: qsTr("Positions that disagree")
                value: root.controller.mismatchCount
                valueName: "mismatchCount"
                valueColor: root.controller.mismatchCount > 0 ? Theme.bad : Theme.good
                Layout.preferredWidth: 170
            }
            Item { Layout.fillWidth: true }
        }

        Label {
            objectName: "verdict"
            visible: root.controller.loadedOnce && root.controller.errorText.length === 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.Medium
            color: root.controller.balanced ? Theme.good : Theme.bad
            text: root.controller.balanced
                  ? qsTr("✓ Every position's reserved quantity equals the sum of its active reservations.")
                  : (root.controller.mismatchCount === 1
                     ? qsTr("1 position's reserved quantity differs from its active reservations. Report it: the database should never allow this.")
                     : qsTr("%1 positions' reserved quantities differ from their active reservations. Report it: the database should never allow this.").arg(root.controller.mismatchCount))
        }
        Label {
            visible: root.controller.loadedOnce && root.controller.overdue > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Reservations past their time still hold their stock until the server's sweeper releases them; you can release them yourself from the Active list.")
        }

        // The positions that disagree, the first %1 of them.
        ListView {
            id: mismatchList
            objectName: "mismatchList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 6 * 34)
            clip: true
            model: root.controller.mismatches
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            header: RowLayout {
                width: mismatchList.width
                height: 26
                spacing: 10
                ColumnTitle { text: qsTr("Location"); Layout.preferredWidth: 110 }
                ColumnTitle { text: qsTr("Item"); Layout.fillWidth: true }
                ColumnTitle { text: qsTr("Reserved"); Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Held"); Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Difference"); Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Active"); Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight }
            }
            delegate: ItemDelegate {
                required property var modelData
                width: mismatchList.width
                height: 34
                leftPadding: 0
                rightPadding: 0
                onClicked: root.mismatchChosen(modelData.sku, modelData.locationId)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Show this item's reservations at %1").arg(modelData.locationCode)
                contentItem: RowLayout {
                    spacing: 10
                    Label { text: modelData.locationCode; Layout.preferredWidth: 110; elide: Text.ElideRight }
                    Label { text: modelData.sku + "  " + modelData.name; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.reserved; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                    Label { text: modelData.held; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                    Label { text: modelData.difference; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; color: Theme.bad; font.weight: Font.DemiBold }
                    Label { text: modelData.activeCount; Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight }
                }
            }
        }
        Label {
            visible: root.controller.mismatchCount > mismatchList.count && mismatchList.count > 0
            text: qsTr("Showing the first %1.").arg(mismatchList.count)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
