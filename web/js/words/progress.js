// Words of the programme's progress views: timeliness (web/js/timeliness.js), the timeline and the
// dashboard (web/js/timeline.js, dashboard.js).
export default {
  vi: {
    'timeliness.on_time': 'Đúng hạn',
    'timeliness.late': 'Trễ hạn',
    'timeliness.late.days': 'Trễ hạn {n} ngày',
    'timeliness.overdue': 'Quá hạn',
    'timeliness.overdue.days': 'Quá hạn {n} ngày',
    'timeliness.due_soon': 'Sắp đến hạn',
    'timeliness.open': 'Chưa đến hạn',
    'timeliness.ongoing': 'Thường xuyên',
  },
  en: {
    'timeliness.on_time': 'On time',
    'timeliness.late': 'Late',
    'timeliness.late.days': '{n} days late',
    'timeliness.overdue': 'Overdue',
    'timeliness.overdue.days': 'Overdue by {n} days',
    'timeliness.due_soon': 'Due soon',
    'timeliness.open': 'Not yet due',
    'timeliness.ongoing': 'Ongoing',
  },
};
