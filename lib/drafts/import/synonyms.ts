// The one-stop systems' own header words for II.06a / II.06 (issue 15): the "một cửa" exporters name
// the same counts differently, split some (channels, carried over) and merge others. Data only: the
// matcher (place-column.ts) reads it through headerKey, so case, punctuation and linking words do not
// matter here. A section is the group a leaf sits under; a leaf alone may also be a section's total.

export type Section = 'received' | 'new' | 'resolved' | 'pending';

/** Group words above the leaves, by section. */
export const SECTION_WORDS: Record<Section, string[]> = {
  received: [
    'Số hồ sơ nhận giải quyết',
    'Tiếp nhận',
    'Số hồ sơ tiếp nhận',
    'Hồ sơ tiếp nhận',
    'Số hồ sơ nhận',
    'Nhận giải quyết',
    'Tổng số hồ sơ tiếp nhận',
    'Tổng tiếp nhận',
  ],
  new: [
    'Mới tiếp nhận',
    'Tiếp nhận trong kỳ',
    'Số mới tiếp nhận',
    'Mới tiếp nhận trong kỳ',
    'Tiếp nhận mới',
    'Nhận mới',
    'Trong kỳ',
    'Số mới tiếp nhận trong kỳ',
  ],
  resolved: [
    'Số hồ sơ đã giải quyết',
    'Đã giải quyết',
    'Đã xử lý',
    'Số hồ sơ giải quyết',
    'Kết quả giải quyết',
    'Hồ sơ đã giải quyết',
    'Đã giải quyết xong',
    'Đã trả kết quả',
  ],
  pending: [
    'Số lượng hồ sơ đang giải quyết',
    'Số hồ sơ đang giải quyết',
    'Đang giải quyết',
    'Đang xử lý',
    'Chưa giải quyết',
    'Hồ sơ đang giải quyết',
    'Đang giải quyết chưa đến hạn và quá hạn',
  ],
};

/**
 * What a leaf is, by section. A number is the form column it goes to (several leaves going to one
 * column are added up); 'total' is the section's total; 'merged' is "Đúng và trước hạn", which the
 * user must place; 'none' has no counterpart on the form.
 */
export type Role = number | 'total' | 'merged' | 'none';

export const TOTAL_WORDS = ['Tổng số', 'Tổng', 'Tổng cộng', 'Cộng', 'Số lượng'];

/** Leaves whose meaning does not depend on the group above them. */
export const LEAF_WORDS: [Role, string[]][] = [
  [
    6,
    [
      'Từ kỳ trước',
      'Tồn kỳ trước',
      'Kỳ trước chuyển qua',
      'Kỳ trước chuyển sang',
      'Từ kỳ trước chuyển qua',
      'Từ kỳ trước chuyển sang',
      'Tồn đầu kỳ',
      'Số tồn kỳ trước',
      'Tồn kỳ trước chuyển sang',
      'Số kỳ trước chuyển qua',
    ],
  ],
  [
    4,
    [
      'Trực tuyến',
      'Trực tuyến toàn trình',
      'Trực tuyến một phần',
      'Tiếp nhận trực tuyến',
      'Số mới tiếp nhận trực tuyến',
      'Dịch vụ công trực tuyến',
    ],
  ],
  [
    5,
    [
      'Trực tiếp, dịch vụ bưu chính',
      'Trực tiếp, dịch vụ bưu chính công ích',
      'Trực tiếp, bưu chính',
      'Trực tiếp, bưu chính công ích',
      'Số mới tiếp nhận trực tiếp, dịch vụ bưu chính',
      'Trực tiếp',
      'Trực tiếp, BCCI',
      'Trực tiếp, bưu chính công ích (BCCI)',
      'Trực tiếp, qua bưu chính công ích',
      'Trực tiếp tại bộ phận một cửa',
      'Trực tiếp và qua bưu chính',
      'Bưu chính công ích',
      'Bưu chính công ích (BCCI)',
      'BCCI',
      'Qua bưu chính',
      'Dịch vụ bưu chính',
      'Bưu chính',
    ],
  ],
  [
    'none',
    [
      'Rút hồ sơ',
      'Dừng xử lý',
      'Không được tiếp nhận',
      'Thanh toán trực tuyến',
      'Phi địa giới',
      'Trả lại',
      'Từ chối',
      'Hủy',
      'Tạm dừng',
      'Bổ sung hồ sơ',
      'Chờ bổ sung',
      'Tỷ lệ',
      'Tỷ lệ đúng hạn',
      'Ghi chú',
    ],
  ],
];

/** Leaves read by the section above them. */
export const SECTION_LEAF_WORDS: Record<Section, [Role, string[]][]> = {
  received: [['total', TOTAL_WORDS]],
  new: [['total', TOTAL_WORDS]],
  resolved: [
    ['total', TOTAL_WORDS],
    [8, ['Trước hạn', 'Sớm', 'Sớm hạn', 'Trước thời hạn']],
    [9, ['Đúng hạn', 'Đúng thời hạn']],
    [10, ['Quá hạn', 'Trễ', 'Trễ hạn', 'Quá thời hạn', 'Chậm']],
    [
      'merged',
      [
        'Đúng và trước hạn',
        'Trước và đúng hạn',
        'Đúng hạn và trước hạn',
        'Trước hạn và đúng hạn',
        'Trong hạn',
        'Đúng hạn, trước hạn',
      ],
    ],
  ],
  pending: [
    ['total', TOTAL_WORDS],
    [12, ['Trong hạn', 'Chưa đến hạn', 'Còn hạn', 'Chưa quá hạn']],
    [13, ['Quá hạn', 'Trễ', 'Trễ hạn', 'Quá thời hạn']],
  ],
};

/** The form column of each section's total; 'new' (4 + 5) has none on the form. */
export const SECTION_TOTAL: Record<Section, number | null> = {
  received: 3,
  new: null,
  resolved: 7,
  pending: 11,
};

/** Words for the label column (field names). */
export const LABEL_WORDS = [
  'Lĩnh vực, công việc giải quyết theo cấp',
  'Lĩnh vực, công việc giải quyết',
  'Lĩnh vực giải quyết',
  'Lĩnh vực',
  'Tên lĩnh vực',
  'Lĩnh vực thủ tục hành chính',
  'Lĩnh vực TTHC',
  'Tên lĩnh vực TTHC',
];

/** Where a merged "Đúng và trước hạn" may go: the user chooses one. */
export const MERGED_CHOICES = [9, 8];
