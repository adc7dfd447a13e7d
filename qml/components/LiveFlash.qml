import QtQuick

// The brief highlight of a row someone else just changed: `level` goes from 1 to 0 by `until`
// (ms since the epoch, from the model). A reused delegate whose `until` is already past stays
// quiet.
QtObject {
    id: root
    property double until: 0
    property real level: 0

    function start() {
        const left = root.until - Date.now()
        if (left <= 0) {
            fade.stop()
            root.level = 0
            return
        }
        fade.duration = left
        fade.restart()
    }
    onUntilChanged: start()
    Component.onCompleted: start()

    property NumberAnimation fade: NumberAnimation {
        target: root
        property: "level"
        from: 0.9
        to: 0
        easing.type: Easing.InQuad
    }
}
