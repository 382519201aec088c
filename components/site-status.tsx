import type { MessageKey } from '../core/i18n';
import { SITE_HOSTS, type SiteId } from '../sites/hosts';

export interface SiteStatusProps {
  /** The supported site in the active tab; null when it is not a chatbot page; undefined while loading. */
  readonly site: SiteId | null | undefined;
  readonly t: (key: MessageKey, ...args: string[]) => string;
}

/** One line saying whether the active tab is a supported chatbot page. */
export function SiteStatus({ site, t }: SiteStatusProps) {
  const name = site ? (SITE_HOSTS.find((host) => host.id === site)?.name ?? site) : undefined;
  const text = site === undefined ? t('statusLoading') : name ? t('statusSupported', name) : t('statusNotChatbot');
  return (
    <p className="site-status" role="status" data-testid="site-status" data-site={site ?? ''}>
      {text}
    </p>
  );
}
