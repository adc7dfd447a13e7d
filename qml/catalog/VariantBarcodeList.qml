import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The barcodes of a variant: one primary (on the shelf label and in the events), others beside
// it. A barcode is checked as it is typed — a wrong check digit is named with the digit it
// should be — and added only when it is right.
ColumnLayout {
    id: root
    required property CatalogEditorController editor
    spacing: 4

    function kind(type) {
        return type === "EAN13" ? "EAN-13" : type === "EAN8" ? "EAN-8" : type === "UPCA" ? "UPC-A" : ""
    }
    function add() {
        if (root.editor.addBarcode(newBarcode.text))
            newBarcode.text = ""
    }

    SectionHeader { text: qsTr("Barcodes") }
    Repeater {
        model: root.editor.barcodes
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string barcode
            required property string type
            required property bool primary
            required property string error
            spacing: 0
            Layout.fillWidth: true
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                RadioButton {
                    objectName: "primaryBarcode" + row.index
                    checked: row.primary
                    onClicked: root.editor.setPrimaryBarcode(row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Make this the primary barcode")
                }
                Label {
                    objectName: "barcode" + row.index
                    text: row.barcode
                    font.family: Theme.monoFamily
                    color: Theme.text
                }
                Label { text: root.kind(row.type); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                Label {
                    visible: row.primary
                    text: qsTr("primary")
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Item { Layout.fillWidth: true }
                ToolButton {
                    objectName: "removeBarcode" + row.index
                    text: "✕"
                    onClicked: root.editor.removeBarcode(row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this barcode")
                }
            }
            Label {
                visible: row.error.length > 0
                text: row.error
                color: Theme.bad
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    Label {
        visible: root.editor.barcodes.count === 0
        text: qsTr("No barcode: sold loose or by weight.")
        color: Theme.textMuted
    }
    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        TextField {
            id: newBarcode
            objectName: "newBarcodeField"
            placeholderText: qsTr("Scan or type a barcode (EAN-13, EAN-8 or UPC-A)")
            selectByMouse: true
            font.family: Theme.monoFamily
            onTextEdited: root.editor.checkNewBarcode(text)
            Keys.onReturnPressed: root.add()
            Keys.onEnterPressed: root.add()
            Layout.fillWidth: true
            Rectangle {
                anchors.fill: parent
                visible: root.editor.newBarcodeError.length > 0
                color: "transparent"
                radius: 3
                border.color: Theme.bad
                border.width: 2
            }
        }
        Button {
            objectName: "addBarcodeButton"
            text: qsTr("Add")
            enabled: newBarcode.text.trim().length > 0
            onClicked: root.add()
        }
    }
    Label {
        objectName: "newBarcodeError"
        visible: text.length > 0
        text: root.editor.newBarcodeError
        color: Theme.bad
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "barcodesError"
        visible: text.length > 0
        text: root.editor.fieldErrors["barcodes"] || ""
        color: Theme.bad
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
