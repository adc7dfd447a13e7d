import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Dismisses a review item, saying why: the id stays unmapped and the item leaves the queue.
SourceDialog {
    id: root
    property string itemId: ""
    property string externalId: ""

    heading: qsTr("Dismiss “%1”?").arg(externalId)
    subheading: qsTr("Nothing is mapped. The reason is kept with the item, so others know it was looked at.")
    actionText: qsTr("Dismiss")
    actionEnabled: reasonField.text.trim().length > 0
    command: "resolve_source_review"

    function openFor(item) {
        itemId = item.itemId
        externalId = item.externalId
        reasonField.text = ""
        open()
        reasonField.forceActiveFocus()
    }
    onSubmitted: controller.dismiss(itemId, reasonField.text)

    Label { text: qsTr("Reason"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    TextField {
        id: reasonField
        objectName: "dismissReasonField"
        placeholderText: qsTr("e.g. test item from the feed, discontinued at the supplier")
        selectByMouse: true
        Layout.fillWidth: true
        onAccepted: if (root.actionEnabled) root.submitted()
    }
}
