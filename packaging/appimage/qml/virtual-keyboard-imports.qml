// Never loaded: lists the QML modules Qt Virtual Keyboard loads at run time, so that bundle.py copies them into the
// AppImage, with every module their qmldir files import or depend on. leo-kiosk itself has no QML.
import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import QtQml.Models
import QtQml.WorkerScript
import Qt.labs.folderlistmodel
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Styles

Item {}
