import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('meta-ai');
