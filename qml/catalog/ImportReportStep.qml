import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Steps 3 and 4: what the check found (or the import did) — the counts, every bad row with
// its line, column, value and reason — and, after a check with bad rows, the choice between
// importing nothing until the file is fixed and importing the good rows.
ColumnLayout {
    id: root
    required property CatalogImportController controller
    readonly property var report: controller.report
    readonly property bool checked: report.dryRun === true
    signal saveRequested()
    Layout.fillWidth: true
    Layout.fillHeight: true
    spacing: 10

    Label {
        objectName: "reportHeadline"
        text: root.report.headline || ""
        font.pixelSize: 16
        font.weight: Font.Bold
        color: root.report.tone === "good" ? Theme.good : (root.report.tone === "warn" ? Theme.warn : Theme.bad)
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: 10
        ImportCountTile {
            objectName: "countCreated"
            label: root.checked ? qsTr("New") : qsTr("Created")
            value: root.report.created || "0"
        }
        ImportCountTile {
            objectName: "countUpdated"
            label: root.checked ? qsTr("To update") : qsTr("Updated")
            value: root.report.updated || "0"
        }
        ImportCountTile {
            objectName: "countUnchanged"
            label: qsTr("Unchanged")
            value: root.report.unchanged || "0"
        }
        ImportCountTile {
            objectName: "countReview"
            label: qsTr("Sent to review")
            value: root.report.review || "0"
        }
        ImportCountTile {
            objectName: "countBad"
            label: qsTr("With problems")
            value: root.report.bad || "0"
            alarming: (root.report.badCount || 0) > 0
        }
    }
    Label {
        objectName: "reportDetail"
        visible: text.length > 0
        text: (root.report.detail || "") + ((root.report.reviewCount || 0) > 0
              ? (root.report.detail ? " · " : "") + qsTr("rows whose external id names another item than their SKU wait on the Sources screen's review queue")
              : "")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    RowLayout {
        visible: root.controller.issues.count > 0
        spacing: 8
        Layout.topMargin: 4
        SectionHeader {
            text: root.controller.issues.count === 1 ? qsTr("1 problem") : qsTr("%1 problems").arg(root.controller.issues.count)
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "saveErrorReport"
            text: qsTr("Save error report…")
            onClicked: root.saveRequested()
        }
    }
    ColumnLayout {
        visible: root.controller.issues.count > 0
        spacing: 0
        Layout.fillWidth: true
        Layout.fillHeight: true
        Rectangle {
            visible: root.controller.issues.count > 0
            Layout.fillWidth: true
            Layout.preferredHeight: 32
            color: Theme.surfaceAlt
            border.color: Theme.border
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
                spacing: 12
                ColumnTitle { text: qsTr("Line"); Layout.preferredWidth: 56; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Column"); Layout.preferredWidth: 170 }
                ColumnTitle { text: qsTr("Value"); Layout.preferredWidth: 170 }
                ColumnTitle { text: qsTr("Problem"); Layout.fillWidth: true }
            }
        }
        ListView {
            id: issues
            objectName: "importIssues"
            visible: root.controller.issues.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.controller.issues
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: ImportIssueRow { width: issues.width }
        }
    }
    Item {
        visible: root.controller.issues.count === 0
        Layout.fillWidth: true
        Layout.fillHeight: true
        EmptyState {
            anchors.centerIn: parent
            width: Math.min(parent.width, 460)
            title: root.checked ? qsTr("No problems found") : qsTr("Every row was taken")
            hint: root.checked ? qsTr("Import applies the file in one go; a run that is cancelled changes nothing.")
                               : qsTr("The run is recorded with its counts; the catalog shows the changes now.")
        }
    }

    // After a check with bad rows: nothing until fixed (the default), or the good rows.
    ColumnLayout {
        objectName: "applyChoice"
        visible: root.checked && (root.report.badCount || 0) > 0
        spacing: 0
        Layout.topMargin: 4
        RadioButton {
            objectName: "importNothing"
            text: qsTr("Import nothing until the file is fixed (save the error report, correct the file, then Check again)")
            checked: !root.controller.importGoodRows
            onToggled: if (checked) root.controller.importGoodRows = false
        }
        RadioButton {
            objectName: "importGoodRows"
            text: qsTr("Import the %1 good rows now and leave the %2 with problems out").arg(root.report.good).arg(root.report.bad)
            checked: root.controller.importGoodRows
            onToggled: if (checked) root.controller.importGoodRows = true
        }
    }
}
