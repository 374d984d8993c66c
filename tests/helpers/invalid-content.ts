import { article, page, story, type FixtureFiles } from './fixture-site.ts';
import { graphic } from './pictures.ts';

export interface InvalidCase {
  name: string;
  files: FixtureFiles;
  /** Exact report lines; `<root>` stands for the fixture's content folder. */
  expected: string[];
}

const KNOWN_FIELDS = 'title, description, kind, publishedAt, updatedAt, authors, tags, events, featured, draft, image, sources, corrections, retraction, backstory, story, storyStart';
const ONE_PERSON_HINT = 'a reader must know which person spoke: give each a name of their own (a surname, or what they do), or merge the two files if they are one person.';
const MITROKHIN = { 'people/nikolay-mitrokhin.yaml': 'name: Nikolay Mitrokhin\ndescription: Analyst.\n' };
const SAVE_PICTURE = 'save it in content/images/ and write its path from this file, e.g. ../images/file.jpg.';
const TOO_BIG = 'export it smaller (2,400 pixels wide is plenty): the build makes every size readers need from it.';
const MAP = { 'images/map.png': await graphic() };
const FIX_LINE = 'Hint: fix the Markdown at the line given.';
const DATE_HINT = 'Hint: write YYYY-MM-DD, e.g. 2025-08-15, or a date-time with an offset, e.g. 2025-08-15T09:30:00+01:00.';

/** Every class of invalid content, each a tiny newsroom and the exact report it must produce. */
export const INVALID_CASES: InvalidCase[] = [
  {
    name: 'a standing page with an unknown field',
    files: { 'pages/about.md': page({ title: '"About us"', author: 'Foreign Desk' }) },
    expected: ['<root>/pages/about.md:4: author: is not a known field. Hint: Known fields: title, description, updatedAt.'],
  },
  {
    name: 'a standing page without a title',
    files: { 'pages/about.md': page({ title: null }) },
    expected: ["<root>/pages/about.md: title: is required. Hint: add the page's name, e.g. title: Corrections policy."],
  },
  {
    name: 'a standing page with an impossible date',
    files: { 'pages/about.md': page({ updatedAt: '2025-02-30' }) },
    expected: [`<root>/pages/about.md:4: updatedAt: "2025-02-30" is not a real calendar date (February 2025 has 28 days). ${DATE_HINT}`],
  },
  {
    name: 'a standing page at the address of a page the site builds',
    files: { 'pages/search.md': page({ title: '"Search"' }) },
    expected: ["<root>/pages/search.md: would publish at /search/, which is already the site's src/pages/search.astro. Hint: rename the file: a standing page cannot replace a page the site builds."],
  },
  {
    name: 'a policy page the site config names that does not exist',
    files: { 'pages/contact.md': null },
    expected: ['src/site.config.ts: trustPages.actionableFeedbackPolicy: names the standing page "contact", which does not exist. Hint: add content/pages/contact.md, or name an existing page (about, corrections-policy, masthead, ownership-and-funding, standards, unnamed-sources).'],
  },
  {
    name: 'an about page the site config names that does not exist',
    files: { 'pages/about.md': null },
    expected: ['src/site.config.ts: aboutPage: names the standing page "about", which does not exist. Hint: add content/pages/about.md, or name an existing page (contact, corrections-policy, masthead, ownership-and-funding, standards, unnamed-sources).'],
  },
  {
    name: 'a retraction without updatedAt',
    files: { 'articles/bad.md': article({ retraction: '{ date: 2025-08-20, text: "Withdrawn." }' }) },
    expected: ['<root>/articles/bad.md:8: retraction.date: needs updatedAt. Hint: a retraction is a revision: set updatedAt to the retraction date or later.'],
  },
  {
    name: 'a retraction dated after updatedAt',
    files: { 'articles/bad.md': article({ updatedAt: '2025-08-19', retraction: '{ date: 2025-08-20, text: "Withdrawn." }' }) },
    expected: ['<root>/articles/bad.md:9: retraction.date: is after updatedAt. Hint: a retraction is a revision: set updatedAt to the retraction date or later.'],
  },
  {
    name: 'a published article that keeps the dek npm run new wrote',
    files: { 'articles/bad.md': article({ description: '"One sentence that says what the piece finds: it shows on cards, in feeds and in search results."' }) },
    expected: ['<root>/articles/bad.md:3: description: is still the placeholder that npm run new wrote. Hint: write the dek: one sentence that says what the piece finds.'],
  },
  {
    name: 'missing field',
    files: { 'articles/bad.md': article({ title: null }) },
    expected: ['<root>/articles/bad.md: title: is required. Hint: add the headline, e.g. title: "Why talks are unlikely to end the war".'],
  },
  {
    name: 'wrong type',
    files: { 'articles/bad.md': article({ tags: 'russia' }) },
    expected: ['<root>/articles/bad.md:7: tags: must be a list, not text ("russia"). Hint: a list of 1 to 8 tag slugs from content/tags/, e.g. tags: [russia, diplomacy].'],
  },
  {
    name: 'invalid date',
    files: { 'articles/bad.md': article({ publishedAt: '2025-02-30' }) },
    expected: [`<root>/articles/bad.md:5: publishedAt: "2025-02-30" is not a real calendar date (February 2025 has 28 days). ${DATE_HINT}`],
  },
  {
    name: 'date that is not a date',
    files: { 'articles/bad.md': article({ publishedAt: 'last tuesday' }) },
    expected: [`<root>/articles/bad.md:5: publishedAt: "last tuesday" is not a date. ${DATE_HINT}`],
  },
  {
    name: 'unknown tag',
    files: { 'articles/bad.md': article({ tags: '[russia, diplomcy]' }) },
    expected: ['<root>/articles/bad.md:7: tags[1]: "diplomcy" is not a known tag. Hint: did you mean "diplomacy"? Known tags: diplomacy, russia (content/tags/).'],
  },
  {
    name: 'unknown author',
    files: { 'articles/bad.md': article({ authors: '[foreign-desk, jane-doe]' }) },
    expected: ['<root>/articles/bad.md:6: authors[1]: "jane-doe" is not a known author. Hint: Known authors: foreign-desk (content/authors/).'],
  },
  {
    name: 'unknown event',
    files: { 'articles/bad.md': article({ events: '[helsinki-sumit]' }) },
    expected: ['<root>/articles/bad.md:8: events[0]: "helsinki-sumit" is not a known event. Hint: did you mean "helsinki-summit"? Known events: helsinki-summit (content/events/).'],
  },
  {
    name: 'unknown key',
    files: { 'articles/bad.md': article({ pubDtae: '2025-08-12' }) },
    expected: [`<root>/articles/bad.md:8: pubDtae: is not a known field. Hint: did you mean "publishedAt"? Known fields: ${KNOWN_FIELDS}.`],
  },
  {
    name: 'updatedAt before publishedAt',
    files: { 'articles/bad.md': article({ updatedAt: '2025-08-01' }) },
    expected: ['<root>/articles/bad.md:8: updatedAt: is before publishedAt. Hint: an update cannot precede publication: correct the date, or remove updatedAt.'],
  },
  {
    name: 'correction without updatedAt',
    files: { 'articles/bad.md': article({ corrections: '[{ date: 2025-08-13, text: "We misspelled a name." }]' }) },
    expected: ['<root>/articles/bad.md:8: corrections[0].date: needs updatedAt. Hint: a correction is a revision: set updatedAt to the correction date or later.'],
  },
  {
    name: 'kind outside the list',
    files: { 'articles/bad.md': article({ kind: 'blog' }) },
    expected: ['<root>/articles/bad.md:4: kind: "blog" is not allowed. Hint: use one of: analysis, explainer, report, opinion.'],
  },
  {
    name: 'too many tags',
    files: { 'articles/bad.md': article({ tags: '[russia, diplomacy, russia, diplomacy, russia, diplomacy, russia, diplomacy, russia]' }) },
    expected: ['<root>/articles/bad.md:7: tags: allows at most 8 items, not 9. Hint: keep the most specific ones.'],
  },
  {
    name: 'script URL in a source',
    files: { 'articles/bad.md': article({ sources: '[{ title: Report, url: "javascript:alert(1)" }]' }) },
    expected: ['<root>/articles/bad.md:8: sources[0].url: "javascript:alert(1)" is not a web address. Hint: a full http(s) address, or leave url out: an unlinked source beats a guessed link.'],
  },
  {
    name: 'broken YAML',
    files: { 'articles/bad.md': '---\ntitle: "Unclosed\ndescription: x\n---\n\nBody.\n' },
    expected: ['<root>/articles/bad.md:3: front matter is not valid YAML: Missing closing "quote. Hint: check indentation and quote values that contain a colon.'],
  },
  {
    name: 'no front matter',
    files: { 'articles/bad.md': 'Just text.\n' },
    expected: ['<root>/articles/bad.md:1: has no front matter. Hint: start the file with a --- line, the YAML fields, and another --- line.'],
  },
  {
    name: 'empty body',
    files: { 'articles/bad.md': article({}, '') },
    expected: ['<root>/articles/bad.md: has no text after the front matter. Hint: write the article body below the closing --- line.'],
  },
  {
    name: 'file name that is not a slug',
    files: { 'articles/Bad Name.md': article({}) },
    expected: ['<root>/articles/Bad Name.md: file name "Bad Name" cannot be a URL slug. Hint: use lower-case words joined by hyphens, e.g. rename it to bad-name.md.'],
  },
  {
    name: 'two files that would publish at one address (C++ and c)',
    files: { 'articles/c.md': article({}), 'articles/C++.md': article({}) },
    expected: ['<root>/articles/C++.md: file name "C++" cannot be a URL slug, and its slug "c" belongs to <root>/articles/c.md. Hint: give it a name of its own, e.g. c-2.md.'],
  },
  {
    name: 'one name in NFC and in NFD',
    files: { 'articles/caf\u00e9.md': article({}), 'articles/cafe\u0301.md': article({}) },
    expected: [
      '<root>/articles/cafe\u0301.md: file name "cafe\u0301" cannot be a URL slug. Hint: use lower-case words joined by hyphens, e.g. rename it to cafe.md.',
      '<root>/articles/caf\u00e9.md: file name "caf\u00e9" cannot be a URL slug, and its slug "cafe" belongs to <root>/articles/cafe\u0301.md. Hint: give it a name of its own, e.g. cafe-2.md.',
    ],
  },
  {
    name: 'one name in two cases',
    files: { 'articles/summit.md': article({}), 'articles/Summit.md': article({}) },
    expected: ['<root>/articles/Summit.md: file name "Summit" cannot be a URL slug, and its slug "summit" belongs to <root>/articles/summit.md. Hint: give it a name of its own, e.g. summit-2.md.'],
  },
  {
    name: 'file the loader would ignore',
    files: { 'articles/notes.txt': 'draft ideas' },
    expected: ['<root>/articles/notes.txt: is not read: only .md files directly inside <root>/articles/ are. Hint: rename it to end in .md or move it out of the content folder.'],
  },
  {
    name: 'no articles at all',
    files: { 'articles/first-story.md': null },
    expected: ['<root>/articles/: is empty. Hint: check BACKSTORY_CONTENT_DIR points at the content root.'],
  },
  {
    name: 'lead picture that is not on disk',
    files: { 'articles/bad.md': article({ image: '{ src: ../images/missing.jpg, alt: "A map", credit: "Map: Backstory" }' }) },
    expected: [`<root>/articles/bad.md:8: image.src: "../images/missing.jpg" is not a file. Hint: check the spelling, or ${SAVE_PICTURE}`],
  },
  {
    name: 'lead picture without alt text',
    files: { ...MAP, 'articles/bad.md': article({ image: '{ src: ../images/map.png, credit: "Map: Backstory" }' }) },
    expected: ['<root>/articles/bad.md:8: image.alt: is required. Hint: add a description of the picture for readers who cannot see it.'],
  },
  {
    name: 'lead picture without a credit',
    files: { ...MAP, 'articles/bad.md': article({ image: '{ src: ../images/map.png, alt: "A map" }' }) },
    expected: ['<root>/articles/bad.md:8: image.credit: is required. Hint: add who made the picture and under what terms, e.g. credit: "Photo: Jane Doe / Agency" or "Map: Backstory".'],
  },
  {
    name: 'lead picture at a remote address',
    files: { 'articles/bad.md': article({ image: '{ src: "https://example.com/map.jpg", alt: "A map", credit: "Map: Agency" }' }) },
    expected: [`<root>/articles/bad.md:8: image.src: "https://example.com/map.jpg" is a remote address: pictures are never hot-linked. Hint: ask for the rights to publish it, then ${SAVE_PICTURE}`],
  },
  {
    name: 'lead picture with a path from the site root',
    files: { 'articles/bad.md': article({ image: '{ src: /images/map.png, alt: "A map", credit: "Map: Backstory" }' }) },
    expected: [`<root>/articles/bad.md:8: image.src: "/images/map.png" is a path from the site root, which the build cannot process. Hint: ${SAVE_PICTURE}`],
  },
  {
    name: 'lead picture in a format the build does not process',
    files: { 'images/map.gif': 'GIF89a', 'articles/bad.md': article({ image: '{ src: ../images/map.gif, alt: "A map", credit: "Map: Backstory" }' }) },
    expected: ['<root>/articles/bad.md:8: image.src: "../images/map.gif" is not a picture format the build processes. Hint: export it as jpg, jpeg, png, webp, avif.'],
  },
  {
    name: 'lead picture over the size limit',
    files: { 'images/huge.jpg': new Uint8Array(5_000_001), 'articles/bad.md': article({ image: '{ src: ../images/huge.jpg, alt: "A map", credit: "Map: Backstory" }' }) },
    expected: [`<root>/articles/bad.md:8: image.src: "../images/huge.jpg" is 5.0 MB, over the 5.0 MB limit for a source picture. Hint: ${TOO_BIG}`],
  },
  {
    name: 'event with an impossible date',
    files: { 'events/bad-date.yaml': 'date: 2018-02-30\ntitle: Never happened\n' },
    expected: ['<root>/events/bad-date.yaml:1: date: "2018-02-30" is not a real calendar date (February 2018 has 28 days). Hint: write a year (2007), a month (2014-03) or a day (2018-07-16).'],
  },
  {
    name: 'event with a month that does not exist',
    files: { 'events/bad-month.yaml': 'date: 2014-13\ntitle: Never happened\n' },
    expected: ['<root>/events/bad-month.yaml:1: date: "2014-13" has no month 13. Hint: write a year (2007), a month (2014-03) or a day (2018-07-16).'],
  },
  {
    name: 'two conflicting definitions of one event',
    files: { 'articles/bad.md': article({ events: '[{ id: helsinki-summit, date: 2018-07-17, title: Helsinki summit }]' }) },
    expected: ['<root>/articles/bad.md:8: events[0]: defines "helsinki-summit" differently from <root>/events/helsinki-summit.yaml. Hint: an event id names one event: cite it by id alone, or make both definitions identical.'],
  },
  {
    name: 'inline event with an invalid id and a missing title',
    files: { 'articles/bad.md': article({ events: '[{ id: Big Day, date: 2020 }]' }) },
    expected: [
      '<root>/articles/bad.md:8: events[0].title: is required. Hint: add what happened, e.g. title: Trump and Putin hold a summit in Helsinki.',
      '<root>/articles/bad.md:8: events[0].id: "Big Day" is not a valid id. Hint: use lower-case words joined by hyphens, e.g. helsinki-summit.',
    ],
  },
  {
    name: 'event without a title',
    files: { 'events/untitled.yaml': 'date: 2020\nsummary: Something.\n' },
    expected: ['<root>/events/untitled.yaml: title: is required. Hint: add what happened, e.g. title: Trump and Putin hold a summit in Helsinki.'],
  },
  {
    name: 'several problems at once',
    files: { 'articles/bad.md': article({ title: null, kind: 'blog', tags: '[rusia]' }) },
    expected: [
      '<root>/articles/bad.md: title: is required. Hint: add the headline, e.g. title: "Why talks are unlikely to end the war".',
      '<root>/articles/bad.md:3: kind: "blog" is not allowed. Hint: use one of: analysis, explainer, report, opinion.',
      '<root>/articles/bad.md:6: tags[0]: "rusia" is not a known tag. Hint: did you mean "russia"? Known tags: diplomacy, russia (content/tags/).',
    ],
  },
  {
    name: 'story with an unknown field',
    files: { 'stories/the-talks.md': story({ stauts: 'developing' }) },
    expected: ['<root>/stories/the-talks.md:5: stauts: is not a known field. Hint: did you mean "status"? Known fields: title, description, status, tags, startedAt, updates.'],
  },
  {
    name: 'story without a status',
    files: { 'stories/the-talks.md': story({ status: null }) },
    expected: ['<root>/stories/the-talks.md: status: is required. Hint: add status: developing while the story moves, or concluded once it has ended.'],
  },
  {
    name: 'story with a status outside the list',
    files: { 'stories/the-talks.md': story({ status: 'ongoing' }) },
    expected: ['<root>/stories/the-talks.md:4: status: "ongoing" is not allowed. Hint: use one of: developing, concluded.'],
  },
  {
    name: 'story without a title',
    files: { 'stories/the-talks.md': story({ title: null }) },
    expected: ['<root>/stories/the-talks.md: title: is required. Hint: add the story\'s name, e.g. title: Putin–Trump talks.'],
  },
  {
    name: 'story with an unknown tag',
    files: { 'stories/the-talks.md': story({ tags: '[rusia]' }) },
    expected: ['<root>/stories/the-talks.md:5: tags[0]: "rusia" is not a known tag. Hint: did you mean "russia"? Known tags: diplomacy, russia (content/tags/).'],
  },
  {
    name: 'story with an impossible start date',
    files: { 'stories/the-talks.md': story({ startedAt: '2025-02-30' }) },
    expected: [`<root>/stories/the-talks.md:5: startedAt: "2025-02-30" is not a real calendar date (February 2025 has 28 days). ${DATE_HINT}`],
  },
  {
    name: 'story update whose time is not a date',
    files: { 'stories/the-talks.md': story({ updates: '[{ at: yesterday, text: Talks resume. }]' }) },
    expected: [`<root>/stories/the-talks.md:5: updates[0].at: "yesterday" is not a date. ${DATE_HINT}`],
  },
  {
    name: 'story update without text',
    files: { 'stories/the-talks.md': story({ updates: '[{ at: 2025-08-15 }]' }) },
    expected: ['<root>/stories/the-talks.md:5: updates[0].text: is required. Hint: add the update, in a sentence or two.'],
  },
  {
    name: 'two story updates at the same moment',
    files: { 'stories/the-talks.md': story({ updates: '[{ at: 2025-08-15, text: One. }, { at: "2025-08-15T00:00:00+01:00", text: Two. }]' }) },
    expected: ['<root>/stories/the-talks.md:5: updates[1].at: is the same moment as updates[0]. Hint: each update needs its own time: add the time of day, e.g. 2025-08-15T18:30:00+01:00, or merge the two updates.'],
  },
  {
    name: 'story with an empty summary',
    files: { 'stories/the-talks.md': story({}, '') },
    expected: ['<root>/stories/the-talks.md: has no text after the front matter. Hint: write the story\'s running summary, what we know so far, below the closing --- line.'],
  },
  {
    name: 'story file name that is not a slug',
    files: { 'stories/The Talks.md': story({}) },
    expected: ['<root>/stories/The Talks.md: file name "The Talks" cannot be a URL slug. Hint: use lower-case words joined by hyphens, e.g. rename it to the-talks.md.'],
  },
  {
    name: 'article in an unknown story',
    files: { 'stories/the-talks.md': story({}), 'articles/bad.md': article({ story: 'the-tlaks' }) },
    expected: ['<root>/articles/bad.md:8: story: "the-tlaks" is not a known story. Hint: did you mean "the-talks"? Known stories: the-talks (content/stories/).'],
  },
  {
    name: 'article in a story when there is none',
    files: { 'articles/bad.md': article({ story: 'the-talks' }) },
    expected: ['<root>/articles/bad.md:8: story: "the-talks" is not a known story. Hint: there is no story yet: create content/stories/the-talks.md, or remove story.'],
  },
  {
    name: 'storyStart on an article in no story',
    files: { 'articles/bad.md': article({ storyStart: 'true' }) },
    expected: ['<root>/articles/bad.md:8: storyStart: needs story. Hint: storyStart marks where a story begins for readers: add story: <slug>, or remove storyStart.'],
  },
  {
    name: 'two pieces marked as where a story starts',
    files: {
      'stories/the-talks.md': story({}),
      'articles/first-story.md': article({ story: 'the-talks', storyStart: 'true' }),
      'articles/bad.md': article({ story: 'the-talks', storyStart: 'true' }),
    },
    expected: ['<root>/articles/first-story.md:9: storyStart: "the-talks" already starts with <root>/articles/bad.md. Hint: a story has one piece to start from: remove storyStart from one of them.'],
  },
  {
    name: 'two people with one name',
    files: { 'people/taras-analyst.yaml': 'name: Taras\ndescription: Analyst.\n', 'people/taras-military.yaml': 'name: Taras\ndescription: Military analyst.\n' },
    expected: [`<root>/people/taras-military.yaml:1: name: "Taras" is also the name of <root>/people/taras-analyst.yaml. Hint: ${ONE_PERSON_HINT}`],
  },
  {
    name: 'an alias that is another person\'s name',
    files: { 'people/taras.yaml': 'name: Taras\ndescription: Military analyst.\n', 'people/timothy-taras.yaml': 'name: Timothy Taras\ndescription: Harvard Kennedy School.\naliases: [T. Taras, taras]\n' },
    expected: [`<root>/people/timothy-taras.yaml:3: aliases[1]: "taras" is also the name of <root>/people/taras.yaml. Hint: ${ONE_PERSON_HINT}`],
  },
  {
    name: 'a person without a description',
    files: { 'people/taras.yaml': 'name: Taras\n' },
    expected: ['<root>/people/taras.yaml: description: is required. Hint: add who they are, in one line, e.g. description: Ukrainian military analyst.'],
  },
  {
    name: 'a person with an unknown field',
    files: { 'people/taras.yaml': 'name: Taras\ndescription: Analyst.\nalias: [T]\n' },
    expected: ['<root>/people/taras.yaml:3: alias: is not a known field. Hint: did you mean "aliases"? Known fields: name, description, aliases, links.'],
  },
  {
    name: 'a mention of someone not in the register',
    files: { ...MITROKHIN, 'articles/bad.md': article({}, 'As :person[Mitrokhin]{#nikolai-mitrokhin} argues.\n') },
    expected: ['<root>/articles/bad.md:10: "nikolai-mitrokhin" is not in the register of people. Hint: did you mean "nikolay-mitrokhin"? If not, add them to content/people/nikolai-mitrokhin.yaml, or correct the slug.'],
  },
  {
    name: 'a quote by someone not in the register',
    files: { ...MITROKHIN, 'articles/bad.md': article({}, 'Intro.\n\n:::quote{person=kvasnevska}\nWords.\n:::\n') },
    expected: ['<root>/articles/bad.md:12: "kvasnevska" is not in the register of people. Hint: add them to content/people/kvasnevska.yaml, or correct the slug.'],
  },
  {
    name: 'a quote without a person',
    files: { ...MITROKHIN, 'articles/bad.md': article({}, 'Intro.\n\n:::quote\nWords.\n:::\n') },
    expected: ['<root>/articles/bad.md:12: a quote needs the person who said it. Hint: write :::quote{person=<slug>}, with a slug from content/people/.'],
  },
  {
    name: 'a quote without words',
    files: { ...MITROKHIN, 'articles/bad.md': article({}, 'Intro.\n\n:::quote{person=nikolay-mitrokhin}\n:::\n') },
    expected: ['<root>/articles/bad.md:12: a quote needs the words that were said. Hint: write them on the lines between :::quote and :::.'],
  },
  {
    name: 'a mention without a person',
    files: { ...MITROKHIN, 'articles/bad.md': article({}, 'As :person[Mitrokhin] argues.\n') },
    expected: ['<root>/articles/bad.md:10: a mention needs the person. Hint: write :person[their name]{#slug}, with a slug from content/people/.'],
  },
];

/** Problems that only a build sees (the Markdown pipeline, and sharp reading a picture), not `npm run check`. */
export const INVALID_MARKDOWN_CASES: InvalidCase[] = [
  {
    name: 'a lead picture whose file is no picture',
    files: { 'images/broken.jpg': 'This is not a JPEG.', 'articles/bad.md': article({ image: '{ src: ../images/broken.jpg, alt: "A map", credit: "Map: Backstory" }' }) },
    expected: ['<root>/articles/bad.md:8: image.src: "../images/broken.jpg" cannot be read as a picture (Input buffer contains unsupported image format). Hint: export it again as JPEG, PNG, WebP or AVIF.'],
  },
  {
    name: 'a body picture whose file is no picture',
    files: { 'images/broken.png': 'This is not a PNG.', 'articles/bad.md': article({}, 'Intro.\n\n![A map](../images/broken.png) :credit[Map: Backstory]\n') },
    expected: ['<root>/articles/bad.md:12: "../images/broken.png" cannot be read as a picture (Input buffer contains unsupported image format). Hint: export it again as JPEG, PNG, WebP or AVIF.'],
  },
  {
    name: 'a house style list with a misspelt key',
    files: { 'style.yaml': 'prefer:\n  - use: Kyiv\n    nto: [Kiev]\n' },
    expected: ['<root>/style.yaml: prefer.0: "nto" is not a known key. Hint: each entry of prefer is { use: Kyiv, not: [Kiev] }, each of avoid { phrase: at this point in time, hint: say now }, and rules sets repeated-words, quotes or house-style to error, warning or off.'],
  },
  {
    name: 'a picture at a remote address in the body',
    files: { 'articles/bad.md': article({}, 'Intro.\n\n![A map](https://example.com/map.jpg) :credit[Map: Agency]\n') },
    expected: [`<root>/articles/bad.md:12: could not be rendered: "https://example.com/map.jpg" is a remote address: pictures are never hot-linked; save the picture in content/images/ and write its path from this file, e.g. ../images/file.jpg. ${FIX_LINE}`],
  },
  {
    name: 'a picture without alt text in the body',
    files: { ...MAP, 'articles/bad.md': article({}, 'Intro.\n\n![](../images/map.png) :credit[Map: Backstory]\n') },
    expected: [`<root>/articles/bad.md:12: could not be rendered: a picture needs alt text saying what it shows: ![what the picture shows](…). ${FIX_LINE}`],
  },
  {
    name: 'a picture without a credit in the body',
    files: { ...MAP, 'articles/bad.md': article({}, 'Intro.\n\n![A map](../images/map.png "The front.")\n') },
    expected: [`<root>/articles/bad.md:12: could not be rendered: a picture needs a credit: write :credit[Photo: Name / Agency] after the picture, on the same line. ${FIX_LINE}`],
  },
  {
    name: 'a picture inside a paragraph of text',
    files: { ...MAP, 'articles/bad.md': article({}, 'Intro.\n\nAs the map ![A map](../images/map.png) :credit[Map: Backstory] shows.\n') },
    expected: [`<root>/articles/bad.md:12: could not be rendered: a picture stands in a paragraph of its own, followed only by its :credit[…]: put blank lines around it. ${FIX_LINE}`],
  },
  {
    name: 'a credit with no picture',
    files: { 'articles/bad.md': article({}, 'Intro.\n\nSome text :credit[Photo: Someone].\n') },
    expected: [`<root>/articles/bad.md:12: could not be rendered: a :credit[…] belongs to a picture: put it right after the picture, on the same line. ${FIX_LINE}`],
  },
  {
    name: 'a picture in the body that is not on disk',
    files: { 'articles/bad.md': article({}, 'Intro.\n\n![A map](../images/missing.png) :credit[Map: Backstory]\n') },
    expected: [`<root>/articles/bad.md:12: "../images/missing.png" is not a file. Hint: check the spelling, or ${SAVE_PICTURE}`],
  },
  {
    name: 'a picture in the body over the size limit',
    files: { 'images/huge.png': new Uint8Array(6_200_000), 'articles/bad.md': article({}, 'Intro.\n\n![A map](../images/huge.png) :credit[Map: Backstory]\n') },
    expected: [`<root>/articles/bad.md:12: "../images/huge.png" is 6.2 MB, over the 5.0 MB limit for a source picture. Hint: ${TOO_BIG}`],
  },
  {
    name: 'a script in the body',
    files: { 'articles/bad.md': article({}, 'Intro.\n\n<script>alert(1)</script>\n') },
    expected: ['<root>/articles/bad.md:12: could not be rendered: <script> is not allowed; see "Raw HTML" in the README for what is. Hint: fix the Markdown at the line given.'],
  },
  {
    name: 'a javascript: link in the body',
    files: { 'articles/bad.md': article({}, 'Intro.\n\nRead [this](javascript:alert(1)).\n') },
    expected: ['<root>/articles/bad.md:12: could not be rendered: a javascript: URL in <a href> is not allowed; see "Raw HTML" in the README for what is. Hint: fix the Markdown at the line given.'],
  },
  {
    name: 'a link to an article that does not exist',
    files: { 'articles/bad.md': article({}, 'Intro.\n\nSee [the first](/articles/frist-story/).\n') },
    expected: ['<root>/articles/bad.md:12: links to /articles/frist-story/, which does not exist. Hint: did you mean /articles/first-story/?'],
  },
  {
    name: 'a link to a heading that does not exist',
    files: {
      'articles/first-story.md': article({}, '## The stakes\n\nText.\n'),
      'articles/bad.md': article({}, 'Intro.\n\nSee [the stakes](/articles/first-story/#the-stake).\n'),
    },
    expected: ['<root>/articles/bad.md:12: links to /articles/first-story/#the-stake, but that page has no "#the-stake". Hint: did you mean #the-stakes?'],
  },
  {
    name: 'a link to a topic that does not exist',
    files: { 'articles/bad.md': article({}, 'Intro.\n\nMore on [Iran](/tags/iran/).\n') },
    expected: ['<root>/articles/bad.md:12: links to /tags/iran/, which is not a topic. Hint: known topics: diplomacy, russia.'],
  },
  {
    name: 'a "#" heading in the body',
    files: { 'articles/bad.md': article({}, 'Intro.\n\n# Second title\n') },
    expected: ['<root>/articles/bad.md:12: could not be rendered: a "#" heading repeats the page title; use "##" for sections. Hint: fix the Markdown at the line given.'],
  },
  {
    name: 'a script in a story summary',
    files: { 'stories/the-talks.md': story({}, 'We know this.\n\n<script>alert(1)</script>\n') },
    expected: ['<root>/stories/the-talks.md:9: could not be rendered: <script> is not allowed; see "Raw HTML" in the README for what is. Hint: fix the Markdown at the line given.'],
  },
  {
    name: 'a directive Backstory does not know',
    files: { 'articles/bad.md': article({}, 'Intro.\n\n::::aside\nA box.\n::::\n') },
    expected: ['<root>/articles/bad.md:12: could not be rendered: ":::aside" is not a directive Backstory knows: use :::quote{person=<slug>} or :person[name]{#slug}. Hint: fix the Markdown at the line given.'],
  },
  {
    name: 'a colon typed straight before a word',
    files: { 'articles/bad.md': article({}, 'The ratio of gains:losses is disputed.\n') },
    expected: ['<root>/articles/bad.md:10: could not be rendered: ":losses" is not a directive Backstory knows: use :::quote{person=<slug>} or :person[name]{#slug} (for a colon before a word, put a space after it or write \\:losses). Hint: fix the Markdown at the line given.'],
  },
  {
    name: 'web-page furniture pasted with the text',
    files: { 'articles/bad.md': article({}, 'Analysis.\n\nLeave a Comment\n\nclose close\n') },
    expected: ['<root>/articles/bad.md:12: could not be rendered: "Leave a Comment" looks like web-page furniture copied with the text; delete it. Hint: fix the Markdown at the line given.'],
  },
];
