/**
 * Styles of the Element Plus components the app calls as functions (ElMessage, ElMessageBox.confirm,
 * ElNotification, ElLoading.service). The on-demand resolver only sees components used in templates, so
 * without these a confirmation renders as bare unstyled HTML in the page's top-left corner. Imported once,
 * from main.ts: a page calling one of these functions needs nothing more.
 */
import "element-plus/es/components/message/style/css";
import "element-plus/es/components/message-box/style/css";
import "element-plus/es/components/notification/style/css";
import "element-plus/es/components/loading/style/css";
