// Words of the connection note (connection.js): shown while the map is reached over plain HTTP from another
// machine, so passwords and session cookies cross the network unencrypted.

export default {
  vi: {
    'connection.insecure': 'Kết nối không mã hóa',
    'connection.insecureDetail': 'Trang này được mở qua HTTP không mã hóa: mật khẩu đăng nhập và dữ liệu có thể bị'
      + ' người khác trong mạng đọc được. Hãy đề nghị bộ phận CNTT cấu hình HTTPS.',
  },
  en: {
    'connection.insecure': 'Connection not encrypted',
    'connection.insecureDetail': 'This page is served over unencrypted HTTP: sign-in passwords and data can be read'
      + ' by others on the network. Ask your IT staff to set up HTTPS.',
  },
};
