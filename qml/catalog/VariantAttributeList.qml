import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Attributes as name and value rows (fat 82%, veg yes), of the variant or of its product.
ColumnLayout {
    id: root
    required property CatalogEditorController editor
    property bool product: false
    property string title: ""
    readonly property string prefix: product ? "product.attributes" : "attributes"
    spacing: 4

    SectionHeader { text: root.title }
    Repeater {
        model: root.product ? root.editor.productAttributes : root.editor.attributes
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string key
            required property string value
            required property string error
            spacing: 0
            Layout.fillWidth: true
            RowLayout {
                spacing: 6
                Layout.fillWidth: true
                TextField {
                    objectName: root.prefix + "Key" + row.index
                    text: row.key
                    placeholderText: qsTr("Name, e.g. fat")
                    selectByMouse: true
                    onTextEdited: root.editor.setAttribute(root.product, row.index, "key", text)
                    onEditingFinished: root.editor.touch(root.prefix + "." + row.index)
                    Layout.preferredWidth: 140
                }
                TextField {
                    objectName: root.prefix + "Value" + row.index
                    text: row.value
                    placeholderText: qsTr("Value, e.g. 82%")
                    selectByMouse: true
                    onTextEdited: root.editor.setAttribute(root.product, row.index, "value", text)
                    onEditingFinished: root.editor.touch(root.prefix + "." + row.index)
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: "✕"
                    onClicked: root.editor.removeAttribute(root.product, row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this attribute")
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
    Button {
        objectName: root.prefix + "Add"
        text: qsTr("+ Add an attribute")
        flat: true
        onClicked: root.editor.addAttribute(root.product)
    }
}
