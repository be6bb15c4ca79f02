// English UI strings. Flat dotted keys; `{name}` is filled in by t(); a key ending in `.one` / `.other` is
// chosen by Intl.PluralRules from the `count` parameter. No figure belongs here: figures come from data/.
export const en = {
  'site.name': 'Boston Detainer Data',
  'site.tagline': 'How many immigration detainer requests ICE sent to the Boston Police Department, year by year, with sources.',
  'site.notOfficial': 'An independent compilation of public records and news reports. Not an official site of the City of Boston, BPD or ICE.',
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.sources': 'Sources',
  'footer.dataFrom': 'Every figure on this site comes from the sources listed on the sources page.',

  'home.title': 'ICE detainer requests to Boston police',
  'home.headline.one': 'In {year}, Boston police received {count} detainer request from ICE',
  'home.headline.other': 'In {year}, Boston police received {count} detainer requests from ICE',
  'home.headlineBasis': 'As counted by the {agency}.',
  'home.byYear': 'Detainer requests, year by year',
  'home.byYearIntro': 'Each figure links to its source. Where a source gives no figure, the table says "not reported".',
  'home.otherFigures': 'Other figures for {year}',
  'home.twoCounts': 'Two counts for {year}',
  'home.countSource': '{agency}’s count',
  'home.twoCountsText': '{police} says it received {received}. {ice} says it issued {issued}. ICE’s figure is {ratio} times BPD’s ({derived}). The agencies disagree, and this site reports both counts.',

  'change.up': 'Up from {previous} in {previousYear}: {difference} more.',
  'change.upRatio': 'Up from {previous} in {previousYear}: {difference} more, {ratio} times as many.',
  'change.down': 'Down from {previous} in {previousYear}: {difference} fewer.',
  'change.same': 'The same as in {previousYear}.',
  'change.none': 'No figure for the year before.',

  'table.year': 'Year',
  'table.receivedBy': 'Received, as counted by {agency}',
  'table.issuedBy': 'Issued, according to {agency}',
  'table.change': 'Change from the year before',
  'table.source': 'Source',
  'table.note': 'Note',
  'table.caption': 'ICE detainer requests sent to the Boston Police Department, {first} to {last}',

  'figure.notReported': 'not reported',
  'figure.derived': 'derived',
  'figure.shareOf': '{share} of {total}',
  'figure.countFromShare.one': 'about {count} request ({derived} from {share})',
  'figure.countFromShare.other': 'about {count} requests ({derived} from {share})',
  'figure.via': '{source}, as described in the {via}',

  'sources.title': 'Sources',
  'sources.intro': 'Every figure on this site rests on one of these sources. Where a source does not give a date, an author or a web address, this page says so rather than guess.',
  'sources.type.news_report': 'News report',
  'sources.type.primary_record': 'Primary record',
  'sources.publisher': 'Publisher',
  'sources.author': 'Author',
  'sources.date': 'Date',
  'sources.url': 'Web address',
  'sources.via': 'Known through',
  'sources.notGiven': 'not given',
  'sources.figures': 'Figures that rest on it',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have been typed wrongly.',
  'notFound.home': 'Go to the home page',
  'notFound.sources': 'See all sources',
} as const;

export type StringKey = keyof typeof en;
