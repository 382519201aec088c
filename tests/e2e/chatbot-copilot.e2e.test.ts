import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('copilot');
