import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The alert notifications (low stock, out of stock, expiring batches) in the bottom right
// corner: newest at the bottom, each fading away by itself unless the pointer rests on them.
// Clicking one opens its item on the Stock screen (a burst's summary, the Activity screen's
// alerts); × dismisses it.
Item {
    id: root
    required property ToastModel toasts
    signal opened(string variantId, string locationId, string sku)
    signal summaryOpened()
    width: 400
    height: list.contentHeight
    visible: list.count > 0

    HoverHandler {
        onHoveredChanged: root.toasts.setHeld(hovered)
    }

    ListView {
        id: list
        objectName: "toastList"
        anchors.fill: parent
        interactive: false
        spacing: 8
        verticalLayoutDirection: ListView.BottomToTop
        model: root.toasts
        add: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 200 } }
        remove: Transition { NumberAnimation { property: "opacity"; to: 0; duration: 450 } }
        displaced: Transition { NumberAnimation { property: "y"; duration: 200; easing.type: Easing.OutQuad } }

        delegate: Rectangle {
            id: toast
            required property int toastId
            required property string title
            required property string detail
            required property string tone
            required property string variantId
            required property string locationId
            required property string sku
            required property bool summary
            readonly property bool leadsToStock: variantId.length > 0 && locationId.length > 0
            objectName: "toast"
            width: list.width
            height: content.implicitHeight + 20
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            // A soft shadow's worth of depth without an effect module.
            Rectangle {
                z: -1
                anchors { fill: parent; topMargin: 2; leftMargin: 1; rightMargin: -1; bottomMargin: -2 }
                radius: parent.radius
                color: "#1a0f172a"
            }
            Rectangle {
                anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
                width: 4
                radius: 2
                color: toast.tone === "bad" ? Theme.bad : Theme.warnDot
            }
            RowLayout {
                id: content
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 16; rightMargin: 6 }
                spacing: 6
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        objectName: "toastTitle"
                        text: toast.title
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: toast.tone === "bad" ? Theme.bad : Theme.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text.length > 0
                        text: toast.detail
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: toast.leadsToStock || toast.summary
                        text: toast.summary ? qsTr("Open Activity") : qsTr("Open on the Stock screen")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.accent
                    }
                }
                ToolButton {
                    objectName: "dismissToast"
                    text: "×"
                    font.pixelSize: 16
                    Layout.alignment: Qt.AlignTop
                    onClicked: root.toasts.dismiss(toast.toastId)
                }
            }
            TapHandler {
                onTapped: {
                    if (toast.summary)
                        root.summaryOpened()
                    else if (toast.leadsToStock)
                        root.opened(toast.variantId, toast.locationId, toast.sku)
                    root.toasts.dismiss(toast.toastId)
                }
            }
        }
    }
}
