import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// An admin adds a source system, or renames one, changes its kind and vendor, or deactivates it.
SourceDialog {
    id: root
    property string sourceId: ""
    property bool wasActive: true
    property string originalName: ""
    readonly property bool creating: sourceId.length === 0

    heading: creating ? qsTr("New source system") : qsTr("Edit %1").arg(originalName)
    subheading: creating ? qsTr("A till, ERP, feed or file that sends catalog data. Its credentials are set on the server, never here.")
                         : ""
    actionText: creating ? qsTr("Add source") : qsTr("Save")
    actionEnabled: nameField.text.trim().length > 0
    command: creating ? "create_source_system" : (togglingActive ? "set_source_system_active" : "update_source_system")
    property bool togglingActive: false

    function openForNew() {
        sourceId = ""
        wasActive = true
        togglingActive = false
        nameField.text = ""
        vendorField.text = ""
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue("pos"))
        open()
        nameField.forceActiveFocus()
    }
    function openFor(source) {
        sourceId = source.sourceId
        originalName = source.name
        wasActive = source.active
        togglingActive = false
        nameField.text = source.name
        vendorField.text = source.vendor
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(source.sourceType))
        open()
        nameField.forceActiveFocus()
    }

    onSubmitted: {
        togglingActive = false
        if (creating)
            controller.createSource(nameField.text, typeBox.currentValue, vendorField.text)
        else
            controller.updateSource(sourceId, nameField.text, typeBox.currentValue, vendorField.text)
    }
    extraVisible: !creating
    extraLeading: true
    extraText: wasActive ? qsTr("Deactivate") : qsTr("Reactivate")
    onExtraClicked: {
        togglingActive = true
        controller.setSourceActive(sourceId, !wasActive)
    }

    Label { text: qsTr("Name"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    TextField {
        id: nameField
        objectName: "sourceNameField"
        placeholderText: qsTr("Store POS, Head-office ERP…")
        selectByMouse: true
        Layout.fillWidth: true
        onAccepted: if (root.actionEnabled) root.submitted()
    }
    Label { text: qsTr("Kind"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    ComboBox {
        id: typeBox
        objectName: "sourceTypeBox"
        model: root.controller.sourceTypes
        textRole: "title"
        valueRole: "name"
        Layout.fillWidth: true
    }
    Label { text: qsTr("Vendor (optional)"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    TextField {
        id: vendorField
        objectName: "sourceVendorField"
        placeholderText: qsTr("The product or company behind it")
        selectByMouse: true
        Layout.fillWidth: true
    }
    Label {
        visible: !root.creating
        text: root.wasActive ? qsTr("Deactivating marks it as no longer in use; its mappings and history stay.")
                             : qsTr("This source is deactivated.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.topMargin: 6
    }
}
