/**
 * "Votre association": the organisation's contact lines (tap to call), resources and short message.
 * Shown in the side panel, and as the preview before a profile is applied.
 */
import { useEffect, useRef } from 'react';
import type { UiLanguage } from '../core/i18n';
import { telHref } from '../core/organisation/phone';
import type { OrganisationProfile } from '../core/organisation/types';
import { organisationStrings } from '../core/organisation/ui-strings';
import './organisation-card.css';

export interface OrganisationCardProps {
  readonly profile: OrganisationProfile;
  readonly language: UiLanguage;
  /** Heading level of the card title, to fit the page it sits in. */
  readonly headingLevel?: 2 | 3;
}

export function OrganisationCard({ profile, language, headingLevel = 2 }: OrganisationCardProps) {
  const t = organisationStrings(language);
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="organisation-card" data-testid="organisation-card" aria-label={t('cardTitle')}>
      <Title>{t('cardTitle')}</Title>
      <p className="organisation-name">
        <strong>{profile.name}</strong>
      </p>
      {profile.description && <p>{profile.description}</p>}
      {profile.contacts && profile.contacts.length > 0 && (
        <ul className="organisation-contacts">
          {profile.contacts.map((contact, index) => (
            <li key={index} data-testid="organisation-contact">
              <span className="organisation-contact-label">{contact.label}</span>{' '}
              <a href={telHref(contact.phone)} aria-label={t('call', contact.label, contact.phone)}>
                {contact.phone}
              </a>
              {contact.hours && <span className="organisation-contact-hours"> — {contact.hours}</span>}
              {contact.sms && (
                <>
                  {' '}
                  <a href={telHref(contact.phone).replace(/^tel:/, 'sms:')} aria-label={t('sendSms', contact.phone)}>
                    {t('smsLink')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {profile.resources && profile.resources.length > 0 && (
        <>
          <Sub>{t('resourcesTitle')}</Sub>
          <ul className="organisation-resources">
            {profile.resources.map((resource, index) => (
              <li key={index}>
                <a
                  href={resource.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={`${resource.title} ${t('newTab')}`}
                >
                  {resource.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.message && <OrganisationMessage source={profile.message} />}
    </section>
  );
}

/**
 * The sanitised message, inserted as DOM nodes (never as an HTML string). The renderer and DOMPurify
 * are loaded on demand: most panel openings have no message to show, and the panel's first load
 * stays small (tests/build/side-panel-size.test.ts).
 */
function OrganisationMessage({ source }: { readonly source: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    void import('../core/organisation/message').then(({ renderMessage }) => {
      const element = container.current;
      const view = element?.ownerDocument.defaultView;
      if (current && element && view) element.replaceChildren(renderMessage(source, view));
    });
    return () => {
      current = false;
    };
  }, [source]);
  return <div className="organisation-message" data-testid="organisation-message" ref={container} />;
}
