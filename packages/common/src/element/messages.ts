import type { Locale } from '../locale.js';

/** The texts the element base class shows (loading, refused origin, failed fetch, no data), per locale. */
export const elementMessages: Record<Locale, Record<ElementMessageKey, string>> = {
  en: {
    loading: 'Loading {url}…',
    refusedTitle: 'Data source not allowed',
    refused:
      'Did not load {src}: its origin {origin} is not this page’s origin ({page}). Allow it with allowed-origins="{origin}" or TensorscopeElements.allowOrigins(["{origin}"]).',
    invalidUrl: 'src "{src}" is not a valid URL.',
    loadFailedTitle: 'Data could not be loaded',
    httpError: '{url} answered HTTP {status} {statusText}.',
    networkError: 'Could not fetch {url}: {message}',
    tooLarge: '{url} is {size} MB; the limit is {limit} MB.',
    noData: 'No data yet: set the src attribute or the data property.',
  },
  ko: {
    loading: '{url} 불러오는 중…',
    refusedTitle: '허용되지 않은 데이터 출처',
    refused:
      '{src}을(를) 불러오지 않았습니다: 출처 {origin}이(가) 이 페이지의 출처({page})와 다릅니다. allowed-origins="{origin}" 또는 TensorscopeElements.allowOrigins(["{origin}"])로 허용하세요.',
    invalidUrl: 'src "{src}"은(는) 올바른 URL이 아닙니다.',
    loadFailedTitle: '데이터를 불러올 수 없습니다',
    httpError: '{url}이(가) HTTP {status} {statusText}(으)로 응답했습니다.',
    networkError: '{url}을(를) 가져올 수 없습니다: {message}',
    tooLarge: '{url}은(는) {size} MB입니다. 한도는 {limit} MB입니다.',
    noData: '아직 데이터가 없습니다: src 속성이나 data 속성을 지정하세요.',
  },
};

export type ElementMessageKey =
  | 'loading'
  | 'refusedTitle'
  | 'refused'
  | 'invalidUrl'
  | 'loadFailedTitle'
  | 'httpError'
  | 'networkError'
  | 'tooLarge'
  | 'noData';
