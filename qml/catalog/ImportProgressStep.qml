import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// A check or an import under way: how far it is, and Cancel (in the footer) to stop it.
ColumnLayout {
    id: root
    required property CatalogImportController controller
    Layout.fillWidth: true
    Layout.fillHeight: true
    spacing: 12

    Item { Layout.fillHeight: true }
    Label {
        objectName: "progressText"
        text: root.controller.progressText
        font.pixelSize: 15
        color: Theme.text
        Layout.alignment: Qt.AlignHCenter
    }
    ProgressBar {
        objectName: "progressBar"
        from: 0
        to: 1
        value: Math.max(0, root.controller.progress)
        indeterminate: root.controller.progress < 0
        Layout.preferredWidth: 520
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: root.controller.step === "applying"
              ? qsTr("Nothing is changed until the whole file is in: Cancel leaves the catalog as it was.")
              : qsTr("A check changes nothing.")
        color: Theme.textMuted
        Layout.alignment: Qt.AlignHCenter
    }
    Item { Layout.fillHeight: true }
}
