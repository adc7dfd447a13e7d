import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Step 2: each column of the file, a few of its values, and the catalog column it fills.
ColumnLayout {
    id: root
    required property CatalogImportController controller
    Layout.fillWidth: true
    Layout.fillHeight: true
    spacing: 8

    Label {
        text: qsTr("Check what each column of the file fills. Columns set to “Do not import” are left out; a catalog column the file does not have keeps the items' values. Required: SKU, Category path, and Product name or Variant name.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Rectangle {
        objectName: "mappingProblem"
        visible: root.controller.mappingProblem.length > 0
        color: Theme.warnSoft
        radius: Theme.radius
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? problemText.implicitHeight + 16 : 0
        Label {
            id: problemText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
            text: root.controller.mappingProblem
            color: Theme.warn
            wrapMode: Text.WordWrap
        }
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 32
        color: Theme.surfaceAlt
        border.color: Theme.border
        RowLayout {
            anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
            spacing: 12
            ColumnTitle { text: qsTr("Column in the file"); Layout.preferredWidth: 200 }
            ColumnTitle { text: qsTr("First values"); Layout.fillWidth: true }
            ColumnTitle { text: qsTr("Fills"); Layout.preferredWidth: 250 }
        }
    }
    ListView {
        id: list
        objectName: "importColumns"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.controller.columns
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        delegate: Rectangle {
            id: row
            required property int index
            required property string header
            required property string samples
            required property int targetIndex
            required property bool required
            width: ListView.view.width
            height: 48
            color: index % 2 === 0 ? Theme.surface : Theme.surfaceAlt
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
                spacing: 12
                Label {
                    text: row.header.length > 0 ? row.header : qsTr("(no heading)")
                    font.weight: Font.DemiBold
                    color: row.targetIndex === 0 ? Theme.textMuted : Theme.text
                    elide: Text.ElideRight
                    Layout.preferredWidth: 200
                }
                Label {
                    text: row.samples.length > 0 ? row.samples : qsTr("(empty)")
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ComboBox {
                    objectName: "target_" + row.index
                    model: root.controller.targets
                    textRole: "label"
                    valueRole: "key"
                    currentIndex: row.targetIndex
                    Layout.preferredWidth: 250
                    displayText: currentIndex > 0 && root.controller.targets[currentIndex].required
                                 ? qsTr("%1  (required)").arg(currentText) : currentText
                    onActivated: index => root.controller.setTarget(row.index, root.controller.targets[index].key)
                    delegate: ItemDelegate {
                        required property var modelData
                        required property int index
                        width: ListView.view ? ListView.view.width : 250
                        text: modelData.required ? qsTr("%1  (required)").arg(modelData.label) : modelData.label
                        font.weight: modelData.required ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }
    }
}
