import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stockroom.Ui

// Step 1: which file, and which system it comes from (external ids are matched within it).
ColumnLayout {
    id: root
    required property CatalogImportController controller
    Layout.fillWidth: true
    Layout.fillHeight: true
    spacing: 10

    SectionHeader { text: qsTr("Source system") }
    Label {
        text: qsTr("The system the file comes from. Its external ids are remembered against it, so the same id names the same item next time. A new name is added as a source when the rows are imported.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.maximumWidth: 720
    }
    RowLayout {
        spacing: 12
        ComboBox {
            id: source
            objectName: "importSource"
            editable: true
            model: root.controller.sources
            Layout.preferredWidth: 360
            editText: root.controller.sourceName
            onEditTextChanged: root.controller.sourceName = editText
            onActivated: root.controller.sourceName = currentText
            Component.onCompleted: editText = root.controller.sourceName
        }
        Label {
            text: root.controller.sources.length > 0 ? qsTr("Pick one, or type a new name")
                                                     : qsTr("Type its name, such as Head-office ERP")
            color: Theme.textMuted
        }
    }

    SectionHeader { text: qsTr("File"); Layout.topMargin: 10 }
    Label {
        text: qsTr("A CSV file (UTF-8, comma-separated) whose first line names the columns. The canonical columns are external_id, sku, product_name, variant_name, category_path (Dairy/Butter), barcodes (separated by ;), pack_size, uom, mrp, base_price and tax_rate; a file with other headings is matched on the next step. An empty cell leaves the item's value as it is.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.maximumWidth: 720
    }
    RowLayout {
        spacing: 8
        TextField {
            id: path
            objectName: "importPath"
            placeholderText: qsTr("/home/me/catalog.csv")
            selectByMouse: true
            Layout.preferredWidth: 460
            onAccepted: root.controller.chooseFile(text)
        }
        Button {
            objectName: "importOpenPath"
            text: qsTr("Open")
            enabled: path.text.trim().length > 0
            onClicked: root.controller.chooseFile(path.text.trim())
        }
        PrimaryButton {
            objectName: "importChooseFile"
            text: qsTr("Choose a file…")
            onClicked: openDialog.open()
        }
    }
    Item { Layout.fillHeight: true }

    FileDialog {
        id: openDialog
        title: qsTr("Choose the catalog file")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("CSV files (*.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: {
            path.text = selectedFile.toString().replace(/^file:\/\//, "")
            root.controller.chooseFile(selectedFile.toString())
        }
    }
}
