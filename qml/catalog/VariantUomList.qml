import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Other units the item is bought or sold in, each as so many stock units ("1 case = 24 pc").
ColumnLayout {
    id: root
    required property CatalogEditorController editor
    property string stockUnit: ""
    spacing: 4

    function unitIndex(code) {
        const units = root.editor.units
        for (let i = 0; i < units.length; ++i)
            if (units[i].code === code)
                return i
        return -1
    }

    SectionHeader { text: qsTr("Other units") }
    Repeater {
        model: root.editor.uoms
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string uom
            required property string factor
            required property bool purchase
            required property bool sales
            required property string error
            spacing: 0
            Layout.fillWidth: true
            RowLayout {
                spacing: 6
                Layout.fillWidth: true
                Label { text: "1"; color: Theme.text }
                CatalogUnitBox {
                    boxObjectName: "uomBox" + row.index
                    units: root.editor.units
                    currentIndex: root.unitIndex(row.uom)
                    onChosen: code => root.editor.setUom(row.index, "uom", code)
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                }
                Label { text: "="; color: Theme.text }
                TextField {
                    objectName: "uomFactor" + row.index
                    text: row.factor
                    placeholderText: qsTr("how many")
                    selectByMouse: true
                    onTextEdited: root.editor.setUom(row.index, "factor", text)
                    onEditingFinished: root.editor.touch("uoms." + row.index)
                    Layout.preferredWidth: 80
                }
                Label { text: root.stockUnit; color: Theme.text }
                CheckBox {
                    text: qsTr("Buy")
                    checked: row.purchase
                    onToggled: root.editor.setUom(row.index, "purchase", checked)
                }
                CheckBox {
                    text: qsTr("Sell")
                    checked: row.sales
                    onToggled: root.editor.setUom(row.index, "sales", checked)
                }
                Item { Layout.fillWidth: true }
                ToolButton {
                    objectName: "removeUom" + row.index
                    text: "✕"
                    onClicked: root.editor.removeUom(row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this unit")
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
        objectName: "addUomButton"
        text: qsTr("+ Add a unit")
        flat: true
        onClicked: root.editor.addUom()
    }
    Label {
        visible: text.length > 0
        text: root.editor.fieldErrors["uoms"] || ""
        color: Theme.bad
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
