import { useEffect, useState } from 'react';

/** The screens, addressed by the URL's hash so that the back button and links work without a router. */
export type Route =
  | { screen: 'search' }
  | { screen: 'case'; caseId: string }
  | { screen: 'judgment'; caseId: string; judgmentId: string }
  | { screen: 'verify'; code: string; sha256: string };

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts[0] === 'case' && parts[1] && parts[2] === 'judgment' && parts[3]) return { screen: 'judgment', caseId: parts[1], judgmentId: parts[3] };
  if (parts[0] === 'case' && parts[1]) return { screen: 'case', caseId: parts[1] };
  if (parts[0] === 'verify') return { screen: 'verify', code: params.get('c') ?? '', sha256: params.get('sha256') ?? '' };
  return { screen: 'search' };
}

/** The hash link to a screen, for href attributes. */
export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'case':
      return `#/case/${encodeURIComponent(route.caseId)}`;
    case 'judgment':
      return `#/case/${encodeURIComponent(route.caseId)}/judgment/${encodeURIComponent(route.judgmentId)}`;
    case 'verify': {
      const params = new URLSearchParams();
      if (route.code) params.set('c', route.code);
      if (route.sha256) params.set('sha256', route.sha256);
      const query = params.toString();
      return `#/verify${query ? `?${query}` : ''}`;
    }
    default:
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseHash(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
