/**
 * UI strings, keyed by language. English is complete and is the fallback for any key a
 * translation leaves out (the copy modes' strings are built in with the copy code instead).
 * `{name}` placeholders are filled by `format()`.
 */
export interface Translation {
  /**
   * The digits this language's dates, times, reading times, counters and numbers are written
   * in: a Unicode numbering system such as `gujr` (૧૨૩), `deva` (१२३), `arab` (١٢٣) or `latn`
   * (123). Default: what `Intl` gives the language (Latin digits for `gu`, `hi`, `en` and `ar`;
   * `ar-EG` and other regions as CLDR says). A `-u-nu-` in the content's own `lang` tag wins
   * over it; it is not inherited from English, the strings' last fallback.
   */
  numberingSystem?: string;
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
  /** Accessible name of a gallery without a title. */
  gallery: string;
  /** A slide's label and the live announcement: `{index}` of `{count}`. */
  slideOf: string;
  previousImage: string;
  nextImage: string;
  /** A thumbnail button: `{index}`. */
  showImage: string;
  /** The button around an image that opens the lightbox: `{index}`. */
  openImage: string;
  close: string;
  pauseSlideshow: string;
  playSlideshow: string;
  /**
   * Accessible name of the lightbox's zoomable photo area. The lightbox's zoom strings are
   * built in with its code, which loads when a reader first opens it
   * (src/components/image-gallery/lightbox.ts); a registered string wins over them.
   */
  zoomableImage?: string;
  /** Its description: the zoom and pan keys (`+`, `-`, `0`, the arrow keys). */
  zoomKeys?: string;
  /** Announced when the lightbox's zoom changes: `{percent}` is a localized percentage ("200%"). */
  zoomLevel?: string;
  /** Accessible name of the placeholder shown while an article loads from `src`. */
  loading: string;
  /** The button of the error box that loads the article again. */
  retry: string;
  /** Error messages, one per failure kind of `news-article-error`. */
  errorEmpty: string;
  errorNetwork: string;
  errorTimeout: string;
  /** `{status}` is the HTTP status code. */
  errorHttp: string;
  errorTooLarge: string;
  errorNotJson: string;
  /** Syndicated articles: `{publisher}` is a link to the original. */
  originallyPublishedBy: string;
  /** Heading (accessible name) of the share buttons. */
  share: string;
  /** Accessible name of a share link: `{network}`. */
  shareOn: string;
  /** The e-mail share link's text, and its accessible name. */
  email: string;
  shareByEmail: string;
  copyLink: string;
  linkCopied: string;
  /**
   * `copy="attribute"`: appended to copied text; `{url}` and `{publisher}`. The copy modes'
   * strings are built in with their code, which loads when `copy` is set
   * (src/components/news-article/copy.ts); a registered string wins over them.
   */
  readMore?: string;
  /** `copy="protect"`: the notice shown when copying is cancelled (built in with the copy code, like `readMore`). */
  contentProtected?: string;
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
  gallery: 'Photo gallery',
  slideOf: '{index} of {count}',
  previousImage: 'Previous image',
  nextImage: 'Next image',
  showImage: 'Show image {index}',
  openImage: 'View image {index} full screen',
  close: 'Close',
  pauseSlideshow: 'Pause slideshow',
  playSlideshow: 'Play slideshow',
  loading: 'Loading the article…',
  retry: 'Try again',
  errorEmpty: 'No article was given.',
  errorNetwork: 'The article could not be loaded. Check your connection.',
  errorTimeout: 'The article took too long to load.',
  errorHttp: 'The article could not be loaded (error {status}).',
  errorTooLarge: 'The article is too large to display.',
  errorNotJson: 'The article could not be read: it is not JSON.',
  originallyPublishedBy: 'Originally published by {publisher}',
  share: 'Share',
  shareOn: 'Share on {network}',
  email: 'E-mail',
  shareByEmail: 'Share by e-mail',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
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
  gallery: 'ફોટો ગેલેરી',
  slideOf: '{count} માંથી {index}',
  previousImage: 'પાછલી છબી',
  nextImage: 'આગલી છબી',
  showImage: 'છબી {index} બતાવો',
  openImage: 'છબી {index} પૂર્ણ સ્ક્રીનમાં જુઓ',
  close: 'બંધ કરો',
  pauseSlideshow: 'સ્લાઇડશો થોભાવો',
  playSlideshow: 'સ્લાઇડશો ચલાવો',
  loading: 'લેખ લોડ થઈ રહ્યો છે…',
  retry: 'ફરી પ્રયાસ કરો',
  errorEmpty: 'કોઈ લેખ આપવામાં આવ્યો નથી.',
  errorNetwork: 'લેખ લોડ થઈ શક્યો નથી. તમારું કનેક્શન તપાસો.',
  errorTimeout: 'લેખ લોડ થવામાં ઘણો સમય લાગ્યો.',
  errorHttp: 'લેખ લોડ થઈ શક્યો નથી (ભૂલ {status}).',
  errorTooLarge: 'લેખ બતાવવા માટે ખૂબ મોટો છે.',
  errorNotJson: 'લેખ વાંચી શકાયો નથી: તે JSON નથી.',
  originallyPublishedBy: 'મૂળ પ્રકાશક: {publisher}',
  share: 'શેર કરો',
  shareOn: '{network} પર શેર કરો',
  email: 'ઈ-મેલ',
  shareByEmail: 'ઈ-મેલ દ્વારા શેર કરો',
  copyLink: 'લિંક કૉપિ કરો',
  linkCopied: 'લિંક કૉપિ થઈ',
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
  gallery: 'फ़ोटो गैलरी',
  slideOf: '{count} में से {index}',
  previousImage: 'पिछली तस्वीर',
  nextImage: 'अगली तस्वीर',
  showImage: 'तस्वीर {index} दिखाएँ',
  openImage: 'तस्वीर {index} पूरी स्क्रीन पर देखें',
  close: 'बंद करें',
  pauseSlideshow: 'स्लाइडशो रोकें',
  playSlideshow: 'स्लाइडशो चलाएँ',
  loading: 'लेख लोड हो रहा है…',
  retry: 'फिर से कोशिश करें',
  errorEmpty: 'कोई लेख नहीं दिया गया।',
  errorNetwork: 'लेख लोड नहीं हो सका। अपना कनेक्शन जाँचें।',
  errorTimeout: 'लेख लोड होने में बहुत समय लगा।',
  errorHttp: 'लेख लोड नहीं हो सका (त्रुटि {status})।',
  errorTooLarge: 'लेख दिखाने के लिए बहुत बड़ा है।',
  errorNotJson: 'लेख पढ़ा नहीं जा सका: यह JSON नहीं है।',
  originallyPublishedBy: 'मूल रूप से {publisher} द्वारा प्रकाशित',
  share: 'साझा करें',
  shareOn: '{network} पर साझा करें',
  email: 'ईमेल',
  shareByEmail: 'ईमेल से साझा करें',
  copyLink: 'लिंक कॉपी करें',
  linkCopied: 'लिंक कॉपी हो गया',
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
  gallery: 'معرض الصور',
  slideOf: '{index} من {count}',
  previousImage: 'الصورة السابقة',
  nextImage: 'الصورة التالية',
  showImage: 'عرض الصورة {index}',
  openImage: 'عرض الصورة {index} بملء الشاشة',
  close: 'إغلاق',
  pauseSlideshow: 'إيقاف العرض مؤقتًا',
  playSlideshow: 'تشغيل العرض',
  loading: 'جارٍ تحميل المقال…',
  retry: 'إعادة المحاولة',
  errorEmpty: 'لم يُقدَّم أي مقال.',
  errorNetwork: 'تعذّر تحميل المقال. تحقّق من اتصالك.',
  errorTimeout: 'استغرق تحميل المقال وقتًا طويلًا.',
  errorHttp: 'تعذّر تحميل المقال (الخطأ {status}).',
  errorTooLarge: 'المقال أكبر من أن يُعرض.',
  errorNotJson: 'تعذّرت قراءة المقال: ليس بصيغة JSON.',
  originallyPublishedBy: 'نُشر أصلًا لدى {publisher}',
  share: 'مشاركة',
  shareOn: 'المشاركة على {network}',
  email: 'البريد الإلكتروني',
  shareByEmail: 'المشاركة عبر البريد الإلكتروني',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
};
