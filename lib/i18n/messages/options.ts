import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The options page's frame, the language choice, the unit profile, "Danh mục lĩnh vực của tôi" and the
// records kept aside.

const vi = {
  'options.title': 'Trợ lý Báo cáo — Cài đặt',
  'options.loading': 'Đang tải…',
  // The switch names itself and each language in both, for a user who cannot read the page's one.

  'options.profile.title': 'Đơn vị của bạn',
  'options.profile.intro': 'Hãy chọn cấp đơn vị để tiện ích biết bạn phải gửi những báo cáo nào và khi nào.',
  'options.profile.level': 'Cấp đơn vị',
  'options.profile.chooseLevel': '— Chọn cấp đơn vị —',
  'options.profile.unit': 'Tên đơn vị',
  'options.profile.unitExample': 'Ví dụ: UBND xã Tịnh Khê',
  'options.profile.reminders': 'Nhắc hạn báo cáo (trước 3 ngày, trước 1 ngày và đúng ngày hạn)',
  'options.profile.saved': 'Đã lưu thông tin đơn vị.',
  'options.profile.notSaved': 'Không lưu được thông tin đơn vị, hãy thử lại.',

  'options.own.title': 'Danh mục lĩnh vực của tôi',
  'options.own.intro':
    'Tên lĩnh vực danh mục đã công bố chưa có, do bạn thêm: trên máy này các tên này không bị báo là lạ. Chưa chắc một thủ tục thuộc lĩnh vực nào? Tra cứu trên Cổng Dịch vụ công quốc gia (tên được chép sẵn để dán vào ô tìm kiếm).',
  'options.own.name': 'Tên lĩnh vực',
  'options.own.level': 'Cấp',
  'options.own.level.xa': 'Cấp xã',
  'options.own.level.tinh': 'Cấp tỉnh (sở, ban, ngành)',
  'options.own.level.moi-cap': 'Mọi cấp',
  'options.own.add': 'Thêm vào danh mục của tôi',
  'options.own.lookup': 'Tra cứu trên Cổng DVCQG',
  'options.own.lookupHint': 'Tra cứu lĩnh vực trên Cổng Dịch vụ công quốc gia',
  'options.own.mine': 'của tôi',
  'options.own.remove': 'Bỏ',
  'options.own.none': 'Chưa có tên nào.',
  'options.own.aside': { other: '{count} mục không đọc được, được giữ nguyên (không bị xoá):' },
  'options.own.added': 'Đã thêm «{name}» ({level}) vào danh mục của tôi.',
  'options.own.removed': 'Đã bỏ «{name}» khỏi danh mục của tôi.',

  'options.aside.title': 'Bản ghi không đọc được (đã để riêng)',
  'options.aside.intro':
    'Các bản ghi này được giữ nguyên như khi tìm thấy thay vì bị ghi đè; các bản ghi khác không bị ảnh hưởng.',
  'options.aside.download': 'Tải về',
  'options.aside.downloadHint': 'Tải bản ghi về đúng như khi tìm thấy',
  'options.aside.discard': 'Xóa hẳn',
  'options.aside.discardHint': 'Xoá vĩnh viễn bản ghi này',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'options.title': 'Report Assistant — Settings',
  'options.loading': 'Loading…',

  'options.profile.title': 'Your unit',
  'options.profile.intro': "Choose your unit's level so the extension can show your reports and deadlines.",
  'options.profile.level': 'Unit level',
  'options.profile.chooseLevel': '— Choose the unit level —',
  'options.profile.unit': 'Unit name',
  'options.profile.unitExample': 'For example: UBND xã Tịnh Khê',
  'options.profile.reminders': 'Deadline reminders (3 days before, 1 day before and on the day)',
  'options.profile.saved': 'Unit profile saved.',
  'options.profile.notSaved': 'Could not save the unit profile, please try again.',

  'options.own.title': 'My field names',
  'options.own.intro':
    'Field names the published catalogue lacks, added by you: on this machine they are not flagged as unknown. Not sure which field a procedure belongs to? Look it up on the National Public Service Portal (the name is copied, ready to paste into its search box).',
  'options.own.name': 'Field name',
  'options.own.level': 'Level',
  'options.own.level.xa': 'Commune level',
  'options.own.level.tinh': 'Provincial departments',
  'options.own.level.moi-cap': 'Every level',
  'options.own.add': 'Add to my field names',
  'options.own.lookup': 'Look up on the national portal',
  'options.own.lookupHint': 'Look the field up on the National Public Service Portal',
  'options.own.mine': 'mine',
  'options.own.remove': 'Remove',
  'options.own.none': 'No names yet.',
  'options.own.aside': {
    one: '{count} entry could not be read; it is kept unchanged (not deleted):',
    other: '{count} entries could not be read; they are kept unchanged (not deleted):',
  },
  'options.own.added': 'Added «{name}» ({level}) to my field names.',
  'options.own.removed': 'Removed «{name}» from my field names.',

  'options.aside.title': 'Stored records that could not be read (kept aside)',
  'options.aside.intro':
    'They were kept as found instead of being overwritten; the other records are unaffected.',
  'options.aside.download': 'Download',
  'options.aside.downloadHint': 'Download it as found',
  'options.aside.discard': 'Delete for good',
  'options.aside.discardHint': 'Delete this record for good',
};

export type OptionsKey = keyof typeof vi;
export const optionsMessages: Catalogue<typeof vi> = { vi, en };
