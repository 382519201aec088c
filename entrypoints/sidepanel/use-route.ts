import { useEffect, useState } from 'react';
import { parseRoute, routeHash, type Route } from '../../components/routes';

/** The hash route, kept in sync with location.hash (links and back/forward both work). */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = (next: Route) => {
    location.hash = routeHash(next);
  };
  return [route, navigate];
}
