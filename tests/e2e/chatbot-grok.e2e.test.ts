import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('grok');
