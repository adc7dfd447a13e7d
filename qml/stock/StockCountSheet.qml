import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// A count sheet for the list's filter, in walking order: type what is on the shelf, see the
// variance at once, record the lot. Each line is its own count; a line someone else changed
// meanwhile shows what changed and waits for the counter to re-apply or discard it.
Dialog {
    id: root
    required property StockController controller
    readonly property StockCountModel sheet: controller.countSheet
    modal: true
    anchors.centerIn: Overlay.overlay
    padding: 0
    closePolicy: Popup.CloseOnEscape

    readonly property var columns: ({ sku: 110, location: 110, bin: 90, qty: 80, counted: 100, variance: 80 })

    header: RowLayout {
        spacing: 12
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.topMargin: 16
            Label { text: qsTr("Count sheet"); font.pixelSize: 16; font.weight: Font.Bold; color: Theme.text }
            Label {
                objectName: "countSummary"
                text: root.sheet.loading ? qsTr("Loading the sheet…")
                      : qsTr("%1 lines%2 · %3 entered · %4 recorded%5%6")
                            .arg(root.sheet.count)
                            .arg(root.sheet.capped ? qsTr(" (the first %1; narrow the filter to count the rest)").arg(root.sheet.count) : "")
                            .arg(root.sheet.enteredCount)
                            .arg(root.sheet.doneCount)
                            .arg(root.sheet.conflictCount > 0 ? qsTr(" · %1 changed meanwhile").arg(root.sheet.conflictCount) : "")
                            .arg(root.sheet.failedCount > 0 ? qsTr(" · %1 refused").arg(root.sheet.failedCount) : "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: 12
            height: 32
            color: Theme.surfaceAlt
            border.color: Theme.border
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
                spacing: 10
                ColumnTitle { text: qsTr("SKU"); Layout.preferredWidth: root.columns.sku }
                ColumnTitle { text: qsTr("Name"); Layout.fillWidth: true }
                ColumnTitle { text: qsTr("Location"); Layout.preferredWidth: root.columns.location }
                ColumnTitle { text: qsTr("Shelf"); Layout.preferredWidth: root.columns.bin }
                ColumnTitle { text: qsTr("On hand"); Layout.preferredWidth: root.columns.qty; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Counted"); Layout.preferredWidth: root.columns.counted }
                ColumnTitle { text: qsTr("Variance"); Layout.preferredWidth: root.columns.variance; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Status"); Layout.preferredWidth: 230 }
            }
        }
        ListView {
            id: lines
            objectName: "countLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.sheet
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
            delegate: StockCountLine {
                width: lines.width
                columns: root.columns
                sheet: root.sheet
            }
            EmptyState {
                anchors.centerIn: parent
                visible: root.sheet.loadedOnce && root.sheet.count === 0
                title: root.sheet.errorText.length > 0 ? qsTr("Could not load the sheet") : qsTr("Nothing to count")
                hint: root.sheet.errorText.length > 0 ? root.sheet.errorText : qsTr("The list's filter shows no positions.")
            }
        }
    }

    footer: RowLayout {
        spacing: 10
        StaffFormField {
            id: reason
            label: qsTr("Reason for the counts (optional)")
            placeholderText: qsTr("e.g. Weekly cycle count, aisle 3")
            inputObjectName: "countReason"
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.bottomMargin: 16
        }
        Label {
            visible: root.sheet.invalidCount > 0
            text: qsTr("%1 lines are not numbers yet").arg(root.sheet.invalidCount)
            color: Theme.bad
            Layout.bottomMargin: 16
        }
        BusyIndicator {
            running: root.sheet.sendingCount > 0
            visible: running
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            Layout.bottomMargin: 16
        }
        Button {
            objectName: "closeCount"
            text: qsTr("Close")
            Layout.bottomMargin: 16
            onClicked: root.close()
        }
        PrimaryButton {
            objectName: "submitCount"
            text: root.sheet.enteredCount === 1 ? qsTr("Record 1 count") : qsTr("Record %1 counts").arg(root.sheet.enteredCount)
            enabled: root.sheet.enteredCount > 0 && root.sheet.invalidCount === 0 && root.sheet.sendingCount === 0
            Layout.rightMargin: 20
            Layout.bottomMargin: 16
            onClicked: root.sheet.submit(reason.text)
        }
    }
}
