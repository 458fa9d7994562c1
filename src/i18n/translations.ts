/**
 * UI strings, keyed by language. English is complete and is the fallback for any key a
 * translation leaves out. `{name}` placeholders are filled by `format()`.
 */
export interface Translation {
  /** `{date}` is the localized publication date. */
  publishedOn: string;
  /** `{date}` is the localized modification date. */
  updatedOn: string;
  /** `{duration}` is a localized duration such as "4 minutes". */
  readingTime: string;
  /** `{names}` is a localized list of author names. */
  byline: string;
  advertisement: string;
  connectWithUs: string;
  /** Accessible name of a follow link: `{publisher}` on `{network}`. */
  followOn: string;
  tags: string;
  errorTitle: string;
  errorDetails: string;
  /** Link text for an embed whose host is not allowed: `{title}`, `{host}`. */
  viewEmbed: string;
  /** Announced before a photo credit. */
  credit: string;
}

export const en: Translation = {
  publishedOn: 'Published on {date}',
  updatedOn: 'Updated {date}',
  readingTime: '{duration} read',
  byline: 'By {names}',
  advertisement: 'Advertisement',
  connectWithUs: 'Connect with us',
  followOn: '{publisher} on {network}',
  tags: 'Tags',
  errorTitle: 'This article could not be displayed.',
  errorDetails: 'Details',
  viewEmbed: 'View “{title}” on {host}',
  credit: 'Credit:',
};

export const gu: Translation = {
  publishedOn: '{date} ના રોજ પ્રકાશિત',
  updatedOn: '{date} ના રોજ અપડેટ',
  readingTime: 'વાંચવાનો સમય: {duration}',
  byline: 'લેખક: {names}',
  advertisement: 'જાહેરાત',
  connectWithUs: 'અમારી સાથે જોડાઓ',
  followOn: '{network} પર {publisher}',
  tags: 'ટૅગ્સ',
  errorTitle: 'આ લેખ બતાવી શકાયો નથી.',
  errorDetails: 'વિગતો',
  viewEmbed: '{host} પર “{title}” જુઓ',
  credit: 'સૌજન્ય:',
};

export const hi: Translation = {
  publishedOn: '{date} को प्रकाशित',
  updatedOn: '{date} को अपडेट किया गया',
  readingTime: 'पढ़ने का समय: {duration}',
  byline: 'लेखक: {names}',
  advertisement: 'विज्ञापन',
  connectWithUs: 'हमसे जुड़ें',
  followOn: '{network} पर {publisher}',
  tags: 'टैग',
  errorTitle: 'यह लेख दिखाया नहीं जा सका।',
  errorDetails: 'विवरण',
  viewEmbed: '{host} पर “{title}” देखें',
  credit: 'सौजन्य:',
};

export const ar: Translation = {
  publishedOn: 'نُشر في {date}',
  updatedOn: 'حُدّث في {date}',
  readingTime: 'مدة القراءة: {duration}',
  byline: 'بقلم {names}',
  advertisement: 'إعلان',
  connectWithUs: 'تابعونا',
  followOn: '{publisher} على {network}',
  tags: 'الوسوم',
  errorTitle: 'تعذّر عرض هذا المقال.',
  errorDetails: 'التفاصيل',
  viewEmbed: 'شاهد «{title}» على {host}',
  credit: 'المصدر:',
};
