import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stockroom.Ui

// The Import wizard: the file and its source, its columns, the check (a dry run that lists every
// bad row), then the import itself — everything, or only the good rows when chosen — with
// progress and Cancel throughout, and a summary. The controller does the work; this only shows
// its step.
Dialog {
    id: root
    required property CatalogImportController controller
    readonly property string step: controller.step

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(1040, (Overlay.overlay ? Overlay.overlay.width : 1200) - 60)
    height: Math.min(760, (Overlay.overlay ? Overlay.overlay.height : 800) - 40)
    padding: 0
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    function openFresh() {
        controller.begin()
        open()
    }

    header: Rectangle {
        implicitHeight: 76
        color: Theme.surface
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
        RowLayout {
            anchors { fill: parent; leftMargin: 24; rightMargin: 24 }
            spacing: 18
            ColumnLayout {
                spacing: 2
                Label {
                    text: qsTr("Import the catalog")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Label {
                    objectName: "importFileTitle"
                    text: root.controller.fileName.length > 0
                          ? qsTr("%1 · %2 · from %3").arg(root.controller.fileName).arg(root.controller.fileDetail)
                                                   .arg(root.controller.sourceName.length > 0 ? root.controller.sourceName : qsTr("no source named yet"))
                          : qsTr("A CSV file of items, barcodes and prices")
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                    Layout.maximumWidth: 520
                }
            }
            Item { Layout.fillWidth: true }
            Repeater {
                model: [
                    { key: "file", label: qsTr("1  File") },
                    { key: "columns", label: qsTr("2  Columns") },
                    { key: "report", label: qsTr("3  Check") },
                    { key: "summary", label: qsTr("4  Import") }
                ]
                delegate: Label {
                    required property var modelData
                    readonly property bool current: {
                        const s = root.step === "checking" ? "report" : (root.step === "applying" ? "summary" : root.step)
                        return s === modelData.key
                    }
                    text: modelData.label
                    font.weight: current ? Font.Bold : Font.Normal
                    color: current ? Theme.accent : Theme.textMuted
                }
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: 0
        // What went wrong or what was done, in the wizard's own words.
        Rectangle {
            objectName: "importMessage"
            visible: root.controller.errorText.length > 0 || root.controller.notice.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? messageText.implicitHeight + 20 : 0
            color: root.controller.errorText.length > 0 ? Theme.badSoft : Theme.goodSoft
            Label {
                id: messageText
                objectName: "importMessageText"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 24; rightMargin: 24 }
                wrapMode: Text.WordWrap
                color: root.controller.errorText.length > 0 ? Theme.bad : Theme.good
                text: root.controller.errorText.length > 0 ? root.controller.errorText : root.controller.notice
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 24
            currentIndex: ["file", "columns", "checking", "report", "applying", "summary"].indexOf(root.step)
            ImportFileStep { controller: root.controller }
            ImportColumnsStep { controller: root.controller }
            ImportProgressStep { controller: root.controller; objectName: "checkingStep" }
            ImportReportStep { controller: root.controller; onSaveRequested: saveDialog.open() }
            ImportProgressStep { controller: root.controller; objectName: "applyingStep" }
            ImportReportStep { controller: root.controller; onSaveRequested: saveDialog.open() }
        }
    }

    footer: Rectangle {
        implicitHeight: 64
        color: Theme.surfaceAlt
        Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.border }
        RowLayout {
            anchors { fill: parent; leftMargin: 24; rightMargin: 24 }
            spacing: 8
            Button {
                objectName: "importBack"
                text: qsTr("Back")
                visible: root.step === "columns" || root.step === "report"
                onClicked: root.controller.back()
            }
            Button {
                objectName: "importCheckAgain"
                text: qsTr("Check again")
                visible: root.step === "report"
                onClicked: root.controller.check()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "importCancel"
                text: root.controller.cancelling ? qsTr("Cancelling…") : qsTr("Cancel")
                visible: root.controller.busy
                enabled: !root.controller.cancelling
                onClicked: root.controller.cancel()
            }
            Button {
                objectName: "importClose"
                text: root.step === "summary" ? qsTr("Done") : qsTr("Close")
                visible: !root.controller.busy
                onClicked: root.close()
            }
            PrimaryButton {
                objectName: "importCheck"
                text: qsTr("Check the file")
                visible: root.step === "columns"
                enabled: root.controller.mappingProblem.length === 0 && root.controller.sourceName.trim().length > 0
                onClicked: root.controller.check()
            }
            PrimaryButton {
                objectName: "importApply"
                text: root.controller.applyLabel
                visible: root.step === "report"
                enabled: root.controller.canApply
                onClicked: root.controller.apply()
            }
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the error report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: root.controller.saveErrorReport(selectedFile.toString())
    }
}
